package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '=', value = {
      "Saturday 25 June 2016 - 16:04 = 2016-06-25T16:04",
      "29 Mar 2024 = 2024-03-29",
      "'June 25, 2016 at 4:04 pm EDT' = 2016-06-25T16:04",
      "'Sat, 25 Jun 2016 16:04:00 GMT' = 2016-06-25T16:04Z",
      "2016-06-25T16:04:00+04:30 = 2016-06-25T16:04+04:30",
      "2016-06-25T12:04:33Z = 2016-06-25T12:04:33Z",
      "2016-06-25 16:04 = 2016-06-25T16:04",
      "25.06.2016 16:04 = 2016-06-25T16:04",
      "06/25/2016 = 2016-06-25",
      "05/06/2016 = 2016-06-05",
      "25-Jun-2016 = 2016-06-25",
      "'Tuesday, 7th March 2017, 10.30 a.m.' = 2017-03-07T10:30",
      "16:04 | 25 June 2016 = 2016-06-25T16:04",
      "2019年4月2日 = 2019-04-02",
      "2019年04月26日(金) 14時37分 = 2019-04-26T14:37",
      "2019년 4월 2일 = 2019-04-02",
      "2019/3/5 = 2019-03-05",
      "5. März 2019 um 14:00 Uhr = 2019-03-05T14:00",
      "'le lundi 29 octobre 2012 à 14h03' = 2012-10-29T14:03",
      "5 de marzo de 2019 = 2019-03-05",
      "'giovedì 7 marzo 2019, 10:30' = 2019-03-07T10:30",
      "'29 fevrier 2016' = 2016-02-29",
      "5 maart 2019 = 2019-03-05",
  })
  void readsTheFormsNewsPagesPrint(String printed, String expected) {
    assertThat(PrintedDate.parse(printed)).get().extracting(PrintedDate::format).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "By the end of June 2016 talks had stalled",
      "June 2016",
      "Story Code : 220344",
      "31 February 2016",
      "25 June 2016 25:10",
      "Your Name",
      "5/3/2019/1",
      "3/5/201",
      "1970-01-01T00:00:00Z",
      "25 June 1950",
      "25 June 2999",
  })
  void rejectsWhatIsNotADateAlone(String text) {
    assertThat(PrintedDate.parse(text)).isEmpty();
  }
}
