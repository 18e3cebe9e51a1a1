package com.romna.understanding.holidays;

import static com.romna.understanding.holidays.HijriCalendar.DHU_AL_HIJJAH;
import static com.romna.understanding.holidays.HijriCalendar.MUHARRAM;
import static com.romna.understanding.holidays.HijriCalendar.RABI_AL_AWWAL;
import static com.romna.understanding.holidays.HijriCalendar.RAJAB;
import static com.romna.understanding.holidays.HijriCalendar.RAMADAN;
import static com.romna.understanding.holidays.HijriCalendar.SHABAN;
import static com.romna.understanding.holidays.HijriCalendar.SHAWWAL;

import java.time.DayOfWeek;

/**
 * Islamic holidays on the Hijri calendar, in Arabic (MSA and dialects: "العيد الكبير" is al-Adha, "العيد
 * الصغير" al-Fitr) and English. "العيد" alone is whichever Eid comes first; "رمضان" is the whole month.
 */
public final class IslamicHolidays {
  public static final Holiday EID_AL_FITR = hijri(SHAWWAL, 1);
  public static final Holiday EID_AL_ADHA = hijri(DHU_AL_HIJJAH, 10);
  public static final Holiday RAMADAN_MONTH = hijri(RAMADAN, 1).until(y -> HijriCalendar.date(y, SHAWWAL, 1));

  private IslamicHolidays() {}

  public static Holiday hijri(int month, int day) {
    return Holiday.on(Holiday.Calendar.HIJRI, y -> HijriCalendar.date(y, month, day));
  }

  static void into(Holidays.Names names) {
    names.put(Holiday.either(EID_AL_FITR, EID_AL_ADHA), "العيد", "eid");
    names.put(EID_AL_FITR, "عيد الفطر", "الفطر", "العيد الصغير", "العيد الزغير", "عيد رمضان",
        "eid al-fitr", "eid al fitr", "eid ul-fitr", "eid ul fitr", "eid-ul-fitr", "eid el fitr", "eid al-fitar",
        "eid e fitr", "ramadan eid", "festival of breaking the fast", "feast of breaking the fast");
    names.put(EID_AL_ADHA, "عيد الأضحى", "الأضحى", "العيد الكبير", "عيد اللحمة", "عيد الحجاج", "عيد الضحية",
        "eid al-adha", "eid al adha", "eid ul-adha", "eid ul adha", "eid-ul-adha", "eid el adha", "id ul adha",
        "id ul-adha", "id al-adha", "id al adha", "bakr id", "bakr-id",
        "eid al-azha", "bakrid", "bakr eid", "bakr-eid", "bakra eid", "bakri eid", "sacrifice feast",
        "feast of sacrifice", "feast of the sacrifice", "festival of sacrifice", "festival of the sacrifice",
        "kurban bayram");
    names.put(RAMADAN_MONTH, "رمضان", "شهر رمضان", "ramadan", "ramadhan", "ramzan", "ramazan", "ramathan",
        "the month of ramadan", "month of ramadan");
    names.put(hijri(RAMADAN, 1), "بداية رمضان", "أول يوم رمضان", "أول أيام رمضان", "اول يوم في رمضان",
        "بداية شهر رمضان", "أول يوم من رمضان", "غرة رمضان", "start of ramadan", "beginning of ramadan",
        "first day of ramadan", "the first day of ramadan", "the start of ramadan", "the beginning of ramadan");
    names.put(hijri(MUHARRAM, 1), "رأس السنة الهجرية", "رأس السنة الهجري", "عيد رأس السنة الهجرية",
        "السنة الهجرية الجديدة", "العام الهجري الجديد", "بداية السنة الهجرية", "بداية العام الهجري",
        "islamic new year", "hijri new year", "arabic new year", "muslim new year", "islamic new year's day",
        "muharram", "amun jadid");
    names.put(hijri(MUHARRAM, 10), "عاشوراء", "يوم عاشوراء", "ashura", "day of ashura", "ashoura",
        "عاشورة", "يوم عاشورة");
    names.put(hijri(MUHARRAM, 9), "تاسوعاء", "يوم تاسوعاء", "tasua", "tasu'a");
    names.put(hijri(DHU_AL_HIJJAH, 9), "يوم عرفة", "يوم عرفات", "وقفة عرفات", "وقفة عرفة",
        "day of arafah", "day of arafat", "arafah day", "arafat day", "the day of arafah");
    names.put(hijri(RABI_AL_AWWAL, 12), "المولد النبوي", "المولد النبوي الشريف", "ذكرى المولد النبوي",
        "مولد النبي", "عيد المولد النبوي", "mawlid", "mawlid al-nabi", "mawlid an-nabi",
        "mawlid al-nabawi", "mawlid al nabawi", "mawlid al-nabi al-sharif", "milad un nabi", "mevlid", "mevlit",
        "mulud", "prophet's birthday", "the prophet's birthday", "birthday of the prophet",
        "birth of the prophet", "birthday of prophet muhammad", "birth of the prophet muhammad");
    names.put(hijri(RAJAB, 27), "الإسراء والمعراج", "ذكرى الإسراء والمعراج", "ليلة الإسراء والمعراج",
        "الاسراء و المعراج", "isra and mi'raj", "isra and miraj", "isra' and mi'raj", "isra mi'raj",
        "isra miraj", "the night journey", "prophet's ascension", "the prophet's ascension",
        "ascension to heaven", "the ascension to heaven", "lailat al miraj", "laylat al-mi'raj");
    names.put(hijri(RAMADAN, 27), "ليلة القدر", "laylat al-qadr", "laylat al qadr", "laylat al-kadr",
        "laylat al kadr", "lailat al qadr", "lailat ul qadr", "shab-e-qadr", "night of power",
        "night of destiny", "night of decree", "night of measures", "night of value");
    names.put(hijri(DHU_AL_HIJJAH, 11).lasting(3), "أيام التشريق", "ايام التشريق");
    names.put(hijri(SHABAN, 15), "النصف من شعبان", "ليلة النصف من شعبان", "نصف شعبان", "nisf shaban", "mid-shaban",
        "shab-e-barat", "laylat al-bara'at");
    names.put(Holiday.on(Holiday.Calendar.HIJRI, EID_AL_FITR.first().weekdayBefore(DayOfWeek.FRIDAY)),
        "الجمعة اليتيمة", "الجمعة الأخيرة من رمضان", "jumu'atul-wida", "jumu'atul wida", "jumuatul wida",
        "jamat ul-vida", "jamat-ul-vida", "jamat ul vida", "jumat ul vida", "alvida jumma");
  }
}
