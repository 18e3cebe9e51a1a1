package com.romna.understanding.holidays;

/**
 * Christian holidays: the fixed feasts and those counted from Easter (Western, and Orthodox for the
 * Eastern churches), in English and Arabic.
 */
final class ChristianHolidays {

  private ChristianHolidays() {}

  static Holiday easter(int days) {
    return Holiday.on(Holiday.Calendar.GREGORIAN, y -> Easter.western(y).plusDays(days));
  }

  static Holiday orthodox(int days) {
    return Holiday.on(Holiday.Calendar.GREGORIAN, y -> Easter.orthodox(y).plusDays(days));
  }

  static void into(Holidays.Names names) {
    names.put(easter(0), "easter", "easter sunday", "easter sun", "easter day", "resurrection sunday",
        "عيد الفصح", "الفصح", "أحد الفصح", "عيد الفصح المجيد");
    names.put(easter(1), "easter monday", "easter mon", "اثنين الفصح");
    names.put(easter(-1), "holy saturday", "holy sat", "easter eve", "black saturday", "joyous saturday",
        "the great sabbath", "سبت النور");
    names.put(easter(-2), "good friday", "good fri", "great friday", "holy friday", "holy fri",
        "الجمعة العظيمة", "الجمعة الحزينة", "جمعة الآلام");
    names.put(easter(-3), "maundy thursday", "maundy thu", "holy thursday", "covenant thursday",
        "sheer thursday", "great and holy thursday", "thursday of mysteries", "thu of mysteries", "covenant thu",
        "holy thu",
        "خميس العهد", "خميس الأسرار");
    names.put(easter(-7), "palm sunday", "branch sunday", "yew sunday", "أحد الشعانين", "أحد السعف",
        "عيد الشعانين");
    names.put(easter(-21), "mothering sunday");
    names.put(easter(-46), "ash wednesday", "أربعاء الرماد");
    names.put(easter(-47), "shrove tuesday", "pancake day", "pancake tuesday", "mardi gras");
    names.put(easter(-46).lasting(46), "lent", "the lent");
    names.put(easter(39), "ascension day", "ascension thursday", "feast of the ascension", "عيد الصعود");
    names.put(easter(49), "pentecost", "pentecost sunday", "whitsunday", "whit sunday", "white sunday",
        "عيد العنصرة");
    names.put(easter(50), "whit monday", "whitmonday", "pentecost monday", "monday of the holy spirit");
    names.put(easter(56), "trinity sunday");
    names.put(easter(60), "corpus christi", "the feast of corpus christi", "feast of corpus christi");
    names.put(orthodox(0), "orthodox easter", "orthodox easter sunday", "pascha", "الفصح الشرقي",
        "عيد الفصح الشرقي", "الفصح الأرثوذكسي", "عيد الفصح الأرثوذكسي");
    names.put(orthodox(1), "orthodox easter monday", "شم النسيم");
    names.put(orthodox(-1), "orthodox holy saturday");
    names.put(orthodox(-2), "orthodox good friday", "orthodox great friday", "orthodox great and holy friday",
        "orthodox holy friday");
    names.put(orthodox(-7), "orthodox palm sunday", "orthodox branch sunday");
    names.put(orthodox(-8), "lazarus saturday");
    names.put(orthodox(-48), "clean monday", "orthodox clean monday", "orthodox ash monday", "ash monday",
        "green monday", "orthodox green monday", "pure monday", "orthodox pure monday", "shrove monday",
        "orthodox shrove monday", "monday of lent");
    names.put(orthodox(-48).lasting(40), "great lent", "great fast", "the great lent");
    names.put(Holiday.fixed(12, 25), "christmas", "christmas day", "xmas", "x-mas", "xmas day", "كريسماس",
        "الكريسماس", "عيد الميلاد المجيد", "عيد الميلاد");
    names.put(Holiday.fixed(12, 24), "christmas eve", "xmas eve", "ليلة الميلاد", "ليلة عيد الميلاد");
    names.put(Holiday.fixed(12, 26), "boxing day", "st stephen's day", "st. stephen's day",
        "saint stephen's day", "day after christmas");
    names.put(Holiday.fixed(1, 6), "feast of the epiphany", "epiphany day", "three kings' day");
    names.put(Holiday.fixed(1, 7), "orthodox christmas", "orthodox christmas day", "coptic christmas",
        "عيد الميلاد الشرقي", "الميلاد الشرقي");
    names.put(Holiday.fixed(8, 15), "assumption day", "feast of the assumption");
    names.put(Holiday.fixed(11, 1), "all saints day", "all saints' day", "all hallows day");
    names.put(Holiday.fixed(11, 2), "all souls day", "all souls' day");
    names.put(Holiday.fixed(12, 6), "st nicholas day", "st. nicholas day", "st nicholas' day",
        "saint nicholas day");
    names.put(Holiday.fixed(3, 17), "st patrick's day", "st. patrick's day", "saint patrick's day",
        "st paddy's day", "st. paddy's day", "saint paddy's day", "paddy's day", "patrick's day");
    names.put(Holiday.fixed(4, 23), "st george's day", "st. george's day", "saint george's day");
    names.put(Holiday.fixed(3, 1), "st david's day", "st. david's day", "saint david's day");
    names.put(Holiday.fixed(11, 30), "st andrew's day", "st. andrew's day", "saint andrew's day");
  }
}
