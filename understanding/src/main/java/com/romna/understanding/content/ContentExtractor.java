package com.romna.understanding.content;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts the content (a reminder title, an e-mail subject, a message) out of the original transcript:
 * what is left once the command, the time, the recipient and the framing words are taken away.
 */
public final class ContentExtractor {
  private ContentExtractor() {}

  /** Reminder title or alarm label; null when nothing is left. */
  public static String title(NormalisedText text, List<Token> t, boolean[] used, boolean[] timeUsed, int commandStart) {
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      boolean preamble = i < commandStart && Words.in(t, i, ContentWords.PREAMBLE);
      if (!used[i] && !timeUsed[i] && !preamble) {
        keep.add(i);
      }
    }
    return cut(text, t, trim(t, keep, timeUsed), true);
  }

  /** The first word after the command that opens the content, or -1. */
  public static int marker(List<Token> t, boolean[] used, int from) {
    for (int i = from; i < t.size(); i++) {
      if (!used[i] && Words.in(t, i, ContentWords.MESSAGE_MARKERS) && !ContentWords.inshallah(t, i)) {
        return i;
      }
    }
    return -1;
  }

  /** E-mail subject or message text: after the marker if there is one, else what is left. */
  public static String message(NormalisedText text, List<Token> t, boolean[] used, boolean[] timeUsed,
      int commandStart, int marker, int recipient) {
    List<Integer> keep = new ArrayList<>();
    for (int i = marker < 0 ? 0 : marker + 1; i < t.size(); i++) {
      boolean preamble = i < commandStart && Words.in(t, i, ContentWords.PREAMBLE);
      boolean pointsAtRecipient = i == recipient - 1 && Words.in(t, i, ContentWords.TO);
      if (!used[i] && !timeUsed[i] && !preamble && !pointsAtRecipient) {
        keep.add(i);
      }
    }
    return cut(text, t, trim(t, keep, timeUsed), false);
  }

  private static List<Integer> trim(List<Token> t, List<Integer> keep, boolean[] timeUsed) {
    boolean[] dropped = new boolean[t.size()];
    for (int k = keep.size() - 1; k >= 0; k--) { // "for tomorrow": the "for" belongs to the time
      int i = keep.get(k);
      boolean beforeTime = i + 1 < t.size() && (timeUsed[i + 1] || dropped[i + 1]);
      if (beforeTime && Words.in(t, i, ContentWords.BEFORE_TIME)) {
        dropped[i] = true;
        keep.remove(k);
      }
    }
    int from = strip(t, keep, 0, ContentWords.LEADING, 1);
    List<Integer> rest = new ArrayList<>(keep.subList(from, keep.size()));
    int to = strip(t, rest, rest.size() - 1, ContentWords.TRAILING, -1);
    return rest.subList(0, to + 1);
  }

  /** Skips framing phrases from one end; returns the first index that is content. */
  private static int strip(List<Token> t, List<Integer> keep, int at, Map<String, List<String[]>> phrases,
      int step) {
    boolean again = true;
    while (again && at >= 0 && at < keep.size()) {
      again = false;
      List<String[]> candidates = phrases.get(Words.text(t, keep.get(at)));
      for (int p = 0; candidates != null && p < candidates.size(); p++) {
        String[] phrase = candidates.get(p);
        if (matches(t, keep, at, phrase, step)) {
          at += step * phrase.length;
          again = true;
          break;
        }
      }
    }
    return at;
  }

  private static boolean matches(List<Token> t, List<Integer> keep, int at, String[] phrase, int step) {
    if (step > 0 && ContentWords.inshallah(t, keep.get(at))) {
      return false;
    }
    for (int p = 0; p < phrase.length; p++) {
      int k = at + step * p;
      String word = phrase[step > 0 ? p : phrase.length - 1 - p];
      if (k < 0 || k >= keep.size() || !Words.is(t, keep.get(k), word)) {
        return false;
      }
    }
    return true;
  }

  /** Joins runs of adjacent words from the original text; "بالدواء" loses its connector "ب". */
  private static String cut(NormalisedText text, List<Token> t, List<Integer> keep, boolean title) {
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < keep.size()) {
      int first = keep.get(k);
      int last = first;
      while (k + 1 < keep.size() && keep.get(k + 1) == last + 1) {
        last = keep.get(++k);
      }
      k++;
      int start = t.get(first).start();
      String w = Words.text(t, first);
      if (title && out.length() == 0 && w.length() >= 4 && w.charAt(0) == 'ب' && Words.arabic(w)) {
        start++;
      }
      out.append(out.length() == 0 ? "" : " ").append(text.original(start, t.get(last).end()));
    }
    return trimPunctuation(out.toString());
  }

  private static String trimPunctuation(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && !content(s.charAt(from))) {
      from++;
    }
    while (to > from && !content(s.charAt(to - 1))) {
      to--;
    }
    return from == to ? null : s.substring(from, to);
  }

  private static boolean content(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
