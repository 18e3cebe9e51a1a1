package com.romna.understanding.recipients;

import com.romna.understanding.content.ContentWords;
import com.romna.understanding.intents.IntentDetector;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.List;

/**
 * A contact's name said where an address or number would be: right after the command ("email Sara",
 * "send an email to Sara", "واتساب لأحمد", "ارسل ايميل إلى سارة") or between a sending verb and the
 * command ("send Sara an email", "text Ahmed on whatsapp", "ابعث لأحمد واتساب"). Only the words up to
 * the content marker, the time or a framing word can be the name, and at most three of them.
 */
public final class RecipientNames {

  /** The name as said, and the tokens [from, to) it took with its connectors ("to", "my", "ل"). */
  public record Found(String name, int from, int to) {}

  private static final int MAX_WORDS = 3;
  private static final char LAM = 'ل';

  private RecipientNames() {}

  public static Found find(NormalisedText text, List<Token> t, boolean[] used, boolean[] timeUsed,
      IntentDetector.Match command, int marker) {
    Scope s = new Scope(text, t, used, timeUsed, marker < 0 ? t.size() : marker, marker);
    Found after = afterCommand(s, command.end());
    return after != null ? after : beforeCommand(s, command.start());
  }

  private record Scope(NormalisedText text, List<Token> t, boolean[] used, boolean[] timeUsed, int limit,
      int marker) {

    boolean free(int i) {
      return i >= 0 && i < limit && t.get(i).isWord() && !used[i] && !timeUsed[i];
    }

    boolean in(int i, java.util.Set<String> words) {
      return free(i) && Words.in(t, i, words);
    }

    boolean nameWord(int i) {
      return free(i) && !NameWords.STOP.contains(t.get(i).text())
          && !ContentWords.MESSAGE_MARKERS.contains(t.get(i).text());
    }
  }

  /** "email [message] [to] [my] Sara …" */
  private static Found afterCommand(Scope s, int from) {
    int i = from;
    while (s.in(i, NameWords.FILLERS)) {
      i++;
    }
    boolean preposition = s.in(i, NameWords.TO);
    i += preposition ? 1 : 0;
    i += s.in(i, NameWords.MY) ? 1 : 0;
    Found name = name(s, i, !preposition, s.limit, false);
    return name == null ? null : new Found(name.name(), from, name.to());
  }

  /** "send Sara an email", "message Sara on whatsapp", "ارسل رسالة لأحمد على الواتساب" */
  private static Found beforeCommand(Scope s, int commandStart) {
    int verb = -1;
    for (int k = 0; k < commandStart; k++) {
      verb = s.in(k, NameWords.SEND_VERBS) ? k : verb;
    }
    if (verb < 0) {
      return null;
    }
    int i = verb + 1;
    i += s.in(i, NameWords.FILLERS) && Words.arabic(s.t().get(i).text()) ? 1 : 0; // "ارسل رسالة لأحمد"
    boolean preposition = s.in(i, NameWords.TO);
    i += preposition ? 1 : 0;
    i += s.in(i, NameWords.MY) ? 1 : 0;
    boolean arabic = i < commandStart && Words.arabic(s.t().get(i).text());
    boolean glued = arabic && !preposition && s.t().get(i).text().charAt(0) == LAM;
    if (arabic && !preposition && !glued) {
      return null; // "ابعث بسرعة ايميل": without "ل" or "إلى" the word is not whom
    }
    int end = i;
    while (end < commandStart && end - i < MAX_WORDS && s.nameWord(end) && !s.in(end, NameWords.BETWEEN)) {
      end++;
    }
    for (int k = end; k < commandStart; k++) {
      if (!s.in(k, NameWords.BETWEEN)) {
        return null; // "send a quick email": what stands before the command must be the name and fillers
      }
    }
    Found name = end > i ? name(s, i, glued, end, true) : null;
    return name == null || name.to() != end ? null : new Found(name.name(), verb, commandStart);
  }

  /**
   * The name starting at token {@code j}, read no further than {@code until}; null when it is no name.
   * {@code delimited}: fillers or the command stand right after {@code until}, so all of it is the name.
   */
  private static Found name(Scope s, int j, boolean gluedLam, int until, boolean delimited) {
    if (!s.free(j) || j >= until) {
      return null;
    }
    String first = s.t().get(j).text();
    int skip = gluedLam && Words.arabic(first) && first.length() >= 3 && first.charAt(0) == LAM ? 1 : 0;
    String bare = first.substring(skip);
    if (!Character.isLetter(bare.charAt(0)) || NameWords.STOP.contains(bare) || !s.nameWord(j)) {
      return null;
    }
    int run = j + 1;
    while (run < until && run - j < MAX_WORDS && s.nameWord(run)) {
      run++;
    }
    // A run that ends where the content or the time begins is the whole name: "email John Smith about".
    boolean closed = (delimited && run == until) || run == s.marker()
        || (run < s.t().size() && s.timeUsed()[run]);
    if (!closed || (run < until && s.nameWord(run))) {
      run = shortName(s, j, bare, run);
    }
    Token last = s.t().get(run - 1);
    return new Found(s.text().original(s.t().get(j).start() + skip, last.end()), j, run);
  }

  /** Without a boundary: one word, "عبد الله" and the like, or capitalised words ("John Smith I'm late"). */
  private static int shortName(Scope s, int j, String first, int run) {
    if (NameWords.COMPOUND.contains(first) && j + 1 < run) {
      return j + 2;
    }
    int end = j + 1;
    while (end < run && capitalised(s, end)) {
      end++;
    }
    return end;
  }

  private static boolean capitalised(Scope s, int i) {
    Token w = s.t().get(i);
    String said = s.text().original(w.start(), w.end());
    return !Words.arabic(w.text()) && Character.isUpperCase(said.charAt(0));
  }
}
