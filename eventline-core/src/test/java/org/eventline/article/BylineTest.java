package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '=', value = {
      "By: Jane Roe = Jane Roe",
      "ByTravis Haney = Travis Haney",
      "'Byby JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL' = 'JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL'",
      "'Howard Schneider, Lindsay Dunsmuir' = 'Howard Schneider, Lindsay Dunsmuir'",
      "'Jane Roe, AFP' = Jane Roe",
      "Howard BlumeStaff Writer = Howard Blume",
      "Andrew HusbandTwitterNews & Culture Writer = Andrew Husband",
      "Ronald McDonald = Ronald McDonald",
      "Meg Wagner NEW YORK DAILY NEWS = Meg Wagner",
      "Saibal Dasgupta / TNN / Updated: Oct 9 = Saibal Dasgupta",
      "Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT = Michael Larabel",
      "Rebecca Hersher Twitter = Rebecca Hersher",
      "'Gillman, Steve' = Steve Gillman",
  })
  void keepsTheNamesOfACredit(String credit, String name) {
    assertThat(Byline.clean(credit)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "December 15, 2016 3:33 PM ET",
      "Wednesday January 18, 2017 10:44 am PST by Juli Clover",
      "Photograph by Tyrone Turner",
      "Marilyn says",
      "https://www.facebook.com/asahicom/",
  })
  void aCreditWithNoWritersNameGivesNone(String credit) {
    assertThat(Byline.clean(credit)).isNull();
  }
}
