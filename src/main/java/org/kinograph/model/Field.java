package org.kinograph.model;

/** The film facts a parser can find, independent of genre; the mapper gives each its term. */
public enum Field {
    /** A person who directed the film. */ DIRECTOR,
    /** A producer. */ PRODUCER,
    /** A writer or screenwriter. */ WRITER,
    /** A cast member (without role). */ ACTOR,
    /** The composer. */ MUSIC,
    /** The director of photography. */ CINEMATOGRAPHER,
    /** The film editor. */ EDITOR,
    /** A production company. */ PRODUCTION_COMPANY,
    /** The distributor. */ DISTRIBUTOR,
    /** The first release date. */ RELEASE_DATE,
    /** The running time. */ RUNTIME,
    /** A country of origin. */ COUNTRY,
    /** An original language. */ LANGUAGE,
    /** The budget as a money expression. */ BUDGET,
    /** The box office gross as a money expression. */ BOX_OFFICE,
    /** An audience figure ("3.14 million people"). */ ADMISSIONS,
    /** The plot text. */ DESCRIPTION,
    /** Another title of the film. */ ALTERNATE_NAME,
    /** A web page that identifies the film (e.g. its Wikipedia article): {@code schema:sameAs}. */ LINK,
    /** A poster or still of the film: {@code schema:image}. */ IMAGE,
    /** A genre of the film as written ("Romance"): {@code schema:genre}. */ GENRE
}
