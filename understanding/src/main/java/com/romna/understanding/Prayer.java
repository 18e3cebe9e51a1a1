package com.romna.understanding;

/** The five daily prayers, which Gulf and Levantine users set times by ("بعد المغرب", "after asr"). */
public enum Prayer {
  FAJR,
  DHUHR,
  ASR,
  MAGHRIB,
  ISHA
}
