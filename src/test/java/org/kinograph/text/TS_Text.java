package org.kinograph.text;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Tests of the text recognisers. */
@Suite
@SelectClasses({TestLanguageGuess.class, TestAnchored.class, 
    TestDates.class,
    TestDurations.class,
    TestMoney.class,
    TestNumbers.class,
    TestLanguages.class,
    TestCountries.class,
    TestNameLists.class,
    TestCapitalRun.class,
    TestSentences.class,
    TestMarkupText.class
})
public class TS_Text {}
