package com.romna.understanding.holidays;

import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import java.util.ArrayList;
import java.util.List;

/** Every holiday name the grammar knows, in English and Arabic. */
public final class Holidays {
  public static final Lexicon<Holiday> NAMES = new Lexicon<>();

  static {
    Names names = new Names(NAMES);
    IslamicHolidays.into(names);
    ChristianHolidays.into(names);
    UnreadHolidays.into(names);
    CivicHolidays.into(names);
  }

  private Holidays() {}

  /** The longest holiday name at {@code i}, or null. */
  public static Lexicon.Hit<Holiday> at(TokenView c, int i) {
    return c.at(NAMES, i);
  }

  /** Adds names with the spellings of a possessive people use: "mother's day", "mothers day", "mother day". */
  static final class Names {
    private final Lexicon<Holiday> lexicon;

    Names(Lexicon<Holiday> lexicon) {
      this.lexicon = lexicon;
    }

    void put(Holiday holiday, String... entries) {
      List<String> all = new ArrayList<>();
      for (String e : entries) {
        all.add(e);
        if (e.contains("'s")) {
          all.add(e.replace("'s", "s"));
          all.add(e.replace("'s", ""));
          all.add(e.replace("'s", "s'"));
        } else if (e.contains("s'")) {
          all.add(e.replace("s'", "s"));
          all.add(e.replace("s'", "'s"));
        }
        if (e.startsWith("st ")) {
          all.add("saint " + e.substring(3));
        }
      }
      lexicon.put(holiday, all.toArray(String[]::new));
    }

    /** Adds names as written, without other spellings. */
    void exactly(Holiday holiday, String... entries) {
      lexicon.put(holiday, entries);
    }
  }
}
