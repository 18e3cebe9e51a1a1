package com.romna.api.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contacts} table. Every query is scoped to one user: another user's contact does not exist. */
@Repository
class ContactStore {

  private static final String COLUMNS = "id, user_id, name, email, phone_e164, created_at";

  private final JdbcClient jdbc;

  ContactStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when the user already has a contact of that (folded) name. */
  boolean insert(Contact contact) {
    return jdbc.sql(
                """
                INSERT INTO contacts (id, user_id, name, name_key, email, phone_e164, created_at)
                VALUES (:id, :user, :name, :key, :email, :phone, :created)
                ON CONFLICT (user_id, name_key) DO NOTHING
                """)
            .param("id", contact.id())
            .param("user", contact.userId())
            .param("name", contact.name())
            .param("key", ContactNames.key(contact.name()))
            .param("email", contact.email())
            .param("phone", contact.phoneE164())
            .param("created", contact.createdAt().atOffset(ZoneOffset.UTC))
            .update()
        == 1;
  }

  Optional<Contact> named(String userId, String name) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contacts WHERE user_id = :user AND name_key = :key")
        .param("user", userId)
        .param("key", ContactNames.key(name))
        .query((rs, n) -> contact(rs))
        .optional();
  }

  /** The user's contacts whose folded name is one of {@code keys}, in no particular order. */
  List<KeyedContact> withKeys(String userId, List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + ", name_key FROM contacts WHERE user_id = :user AND name_key IN (:keys)")
        .param("user", userId)
        .param("keys", keys)
        .query((rs, n) -> new KeyedContact(rs.getString("name_key"), contact(rs)))
        .list();
  }

  record KeyedContact(String key, Contact contact) {}

  List<Contact> list(String userId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contacts WHERE user_id = :user ORDER BY name_key, id")
        .param("user", userId)
        .query((rs, n) -> contact(rs))
        .list();
  }

  /** False when the user has no such contact (unknown, or another user's). */
  boolean delete(String userId, UUID id) {
    return jdbc.sql("DELETE FROM contacts WHERE id = :id AND user_id = :user")
            .param("id", id)
            .param("user", userId)
            .update()
        == 1;
  }

  private static Contact contact(ResultSet rs) throws SQLException {
    return new Contact(
        rs.getObject("id", UUID.class),
        rs.getString("user_id"),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("phone_e164"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
