package org.kinograph.generate;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The corpus generator: the film pool, the generator, its documents read back by the pipeline, the command. */
@Suite
@SelectClasses({TestFilmPool.class, TestCorpusGenerator.class, TestGeneratedDocuments.class, TestGenerateCommand.class})
public class TS_Generate {}
