package com.romna.understanding.holidays;

/**
 * Holidays of calendars this product does not compute: the Hebrew calendar's and the Chinese New Year (our users
 * are Gulf and Levantine families, and a calendar nobody asks for is code that can only be wrong), the Hindu, Sikh,
 * Jain and Buddhist holidays (a lunar ephemeris and local sunrise rules), and other new years whose names hold a
 * time word. They are known by name so that the whole name is one thing: "remind me on chinese new year" is
 * refused as a time we cannot say, never read as 1 January; "rosh hashanah" is never anything.
 */
public final class UnreadHolidays {

  private UnreadHolidays() {}

  static void into(Holidays.Names names) {
    Holiday unread = Holiday.namedOnly();
    names.put(unread,
        // the Hebrew calendar
        "rosh hashanah", "rosh hashana", "rosh hashanna", "rosh hashannah", "rosh ha-shanah", "jewish new year",
        "yom teruah", "yom kippur", "yom kipur", "day of atonement", "sukkot", "succot", "sukkos", "succos",
        "feast of tabernacles", "feast of booths", "feast of the ingathering", "shemini atzeret", "simchat torah",
        "simhat torah", "hanukkah", "hanukah", "chanukah", "chanukkah", "hannukah", "hannukkah", "channukah",
        "channukkah", "hanuka", "tu bishvat", "tu b'shvat", "tu bshvat", "purim", "shushan purim", "passover",
        "pesach", "pesah", "pesakh", "yom hashoah", "holocaust remembrance day", "holocaust day", "yom haatzmaut",
        "yom ha'atzmaut", "yom ha atzmaut", "yom hazikaron", "lag baomer", "lag b'omer", "lag ba'omer", "shavuot",
        "shavuos", "shavuoth", "feast of weeks", "tisha b'av", "tisha bav", "tisha be'av",
        "رأس السنة العبرية", "رأس السنة اليهودية", "يوم الغفران", "يوم كيبور", "عيد الفصح اليهودي", "الفصح اليهودي",
        "عيد الفصح العبري", "حانوكا", "عيد الحانوكا", "عيد الأنوار", "عيد المظال", "عيد الأسابيع", "عيد البوريم",
        // the Chinese calendar
        "chinese new year", "chinese new year's", "chinese new year's day", "chinese lunar new year",
        "chinese lunar new year's", "chinese lunar new year's day", "lunar new year", "lunar new year's",
        "lunar new year's day", "spring festival", "mid-autumn festival", "mid autumn festival", "moon festival",
        "lantern festival", "dragon boat festival",
        "رأس السنة الصينية", "السنة الصينية الجديدة", "السنة القمرية الجديدة", "عيد الربيع الصيني",
        // other calendars whose new year is "new year" to a word-by-word reading
        "persian new year", "iranian new year", "nowruz", "nowrouz", "norooz", "nauroz", "navroz", "hindu new year",
        "tamil new year", "sikh new year", "thai new year", "songkran", "orthodox new year", "old new year",
        "النوروز", "عيد النوروز", "عيد نوروز", "ديوالي",
        // the Hindu, Sikh, Jain and Buddhist lunisolar calendars (a lunar ephemeris and local sunrise rules)
        "diwali", "deepavali", "dhanteras", "dhanatrayodashi", "naraka chaturdashi", "choti diwali",
        "lakshmi puja", "govardhan puja", "bhai dooj", "bhaiya dooj", "chhath", "chhath puja", "surya shashthi",
        "navaratri", "navratri", "dussehra", "dasara", "vijayadashami", "durga puja", "holi", "holika dahan",
        "krishna janmashtami", "janmashtami", "ganesh chaturthi", "raksha bandhan", "rakhi", "onam", "thiru onam",
        "thiruvonam", "pongal", "thai pongal", "kaanum pongal", "mattu pongal", "boghi", "bhogi",
        "makar sankranti", "maha shivaratri", "mahashivratri", "rama navami", "ram navami", "hanuman jayanti",
        "mahavir jayanti", "karva chauth", "ratha-yatra", "rath yatra", "ratha yatra", "ugadi", "gudi padwa",
        "vasant panchami", "basant panchami", "vaisakhi", "baisakhi", "guru nanak jayanti", "gurpurab",
        "guru gobind singh jayanti", "guru ravidass jayanti", "pargat diwas", "rabindra jayanti", "thaipusam",
        "vesak", "buddha purnima", "buddha jayanti");
  }
}
