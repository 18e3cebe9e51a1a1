package com.romna.api.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the whole document shares: the two bearer schemes, the problem schema and catalog. */
final class Components {

  static final String USER_TOKEN = "userToken";
  static final String SERVICE_KEY = "serviceKey";

  private Components() {}

  static void add(OpenAPI openApi, ProblemCatalog catalog) {
    if (openApi.getComponents() == null) {
      openApi.components(new io.swagger.v3.oas.models.Components());
    }
    openApi.getComponents()
        .addSecuritySchemes(USER_TOKEN, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
            .description("A user's JWT (HS256 with `ROMNA_AUTH_JWT_SECRET`, e.g. issued by Supabase):"
                + " the user is its `sub`. Needs `exp`. On the local default the log prints a token for"
                + " user `demo`."))
        .addSecuritySchemes(SERVICE_KEY, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("bearer")
            .description("The service key of a trusted backend (`ROMNA_AUTH_SERVICE_KEY`), sent as the"
                + " bearer token; the request then names the user with `userId`."))
        .addSchemas("Problem", problemSchema());
    openApi.addExtension("x-problem-types", catalog.all().stream().map(Components::entry).toList());
    openApi.getInfo().description(Overview.text(catalog));
  }

  private static Map<String, Object> entry(ProblemType t) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", t.type().toString());
    entry.put("status", t.status());
    entry.put("title", t.title());
    entry.put("meaning", t.meaning());
    entry.put("action", t.action());
    return entry;
  }

  private static Schema<?> problemSchema() {
    Schema<?> problem = new ObjectSchema()
        .description("RFC 9457 problem details (`application/problem+json`). `type` is one of"
            + " `x-problem-types` (see the description above); some types add members of their own.")
        .addProperty("type", new StringSchema().format("uri")
            .description("`urn:romna:problem:<slug>`: the kind of problem; branch on this, not on `title`."))
        .addProperty("title", new StringSchema().description("Short summary of the type."))
        .addProperty("status", new IntegerSchema().description("The HTTP status."))
        .addProperty("detail", new StringSchema().description("What went wrong this time, for people."))
        .addProperty("instance", new StringSchema().format("uri-reference").description("The request path."))
        .addProperty("planId", new StringSchema().format("uuid").description("plan-finished, approval-not-needed: the plan."))
        .addProperty("planStatus", new StringSchema().description("plan-finished, approval-not-needed: the plan's real status."))
        .addProperty("cancel", new StringSchema().description("plan-finished after a cancel: `already_sent` when the"
            + " message had left while the cancel was on its way."))
        .addProperty("validValues", new ArraySchema().items(new StringSchema())
            .description("invalid-parameter for a value of a fixed set (`?status=`): the values it may take."))
        .addProperty("understood", new Schema<>().$ref("#/components/schemas/Interpreted")
            .description("not-understood, recurring-not-supported, recipient-not-found: what was understood."))
        .addProperty("reply", new StringSchema().description("not-understood, recurring-not-supported,"
            + " recipient-not-found, ambiguous-plan, no-matching-plan, and any problem answering a voice command:"
            + " a sentence to speak back in the user's language."))
        .addProperty("plans", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Brief"))
            .description("ambiguous-plan: the plans that match, for the user to choose from."))
        .addProperty("recipient", new StringSchema().description("recipient-not-found: the name as said."))
        .addProperty("number", new StringSchema().description("country-code-required: the local number as said."))
        .addProperty("name", new StringSchema().description("contact-exists: the existing contact's name."))
        .addProperty("version", new IntegerSchema().description("draft-changed, not-a-draft: the draft's current version."));
    problem.required(List.of("type", "title", "status"));
    return problem;
  }
}
