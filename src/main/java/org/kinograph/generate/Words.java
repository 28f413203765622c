package org.kinograph.generate;

import java.util.List;

/**
 * The generator's invented vocabulary: names for characters, crew and reviewers, places, companies,
 * awards, and the phrases the templates are made of. Written for the generator; none of it is taken
 * from a real document.
 */
final class Words {
    private Words() {}

    /** Given names of characters, crew and reviewers. */
    static final List<String> GIVEN = List.of("Ada", "Anselm", "Aurelio", "Bettina", "Boris", "Calla", "Cosimo",
            "Dagny", "Edda", "Elio", "Emrys", "Fenna", "Florin", "Greer", "Halvard", "Ilona", "Isak", "Jorun",
            "Kasimir", "Liesl", "Lorcan", "Maelle", "Nandor", "Noor", "Odile", "Osric", "Petra", "Quentin",
            "Rosalind", "Ruben", "Sabine", "Silas", "Tamsin", "Teodor", "Ulla", "Valentin", "Wanda", "Wendel",
            "Xenia", "Yannick", "Zelda", "Marit", "Leopold", "Ingrid", "Casimir", "Orla", "Benedikt", "Livia");

    /** Family names of characters, crew and reviewers. */
    static final List<String> FAMILY = List.of("Albrecht", "Amsel", "Barros", "Castellane", "Dragomir", "Eastwick",
            "Falkner", "Galloway", "Hartigan", "Ivers", "Jansky", "Kettering", "Lindgren", "Marsh", "Novak", "Oakes",
            "Pellerin", "Quill", "Ravensworth", "Sandoval", "Thorne", "Ulrich", "Varga", "Wexley", "Yardley", "Zeller",
            "Brandt", "Corvino", "Delacourt", "Esterhazy", "Fairweather", "Grünwald", "Holmqvist", "Moreau");

    /** Towns where the invented plots happen. */
    static final List<String> PLACES = List.of("Port Ellery", "Haldenmoor", "Saint-Aubrac", "Kessow", "Marrowby",
            "Vellin", "Eastmere", "Callowgate", "Oldwick Bay", "Rivenholm", "Lower Tarrant", "Brisková");

    /** Production companies; some with a company suffix that must not split a list. */
    static final List<String> STUDIOS = List.of("Northlight Pictures", "Blue Heron Films", "Copperline Studios",
            "Lanternfish Productions", "Meridian Works", "Saltmarsh Films", "Redwater Entertainment",
            "Halcyon Bay Pictures", "Tidewater Film Co., Ltd.", "Glasshouse Media Inc.");

    /** Distributors. */
    static final List<String> DISTRIBUTORS = List.of("Silverpine Distribution", "Arclight Releasing",
            "Harbourside Films", "Greyfield Pictures", "Vantage Lane Releasing", "Cobalt Screen Distribution",
            "Moonrise Film Distribution", "Kestrelwood Releasing");

    /** Award bodies; each ends with a word the parsers read as an award. */
    static final List<String> AWARD_BODIES = List.of("Silver Heron Awards", "Northgate International Film Festival",
            "Lakeshore Critics Circle Awards", "Amberley Film Festival", "Coastline Screen Awards",
            "Granite Valley Film Festival", "Blue Lantern Awards", "Meridian Film Prize", "Westbrook Film Critics Awards");

    /** Genres of film, as a lead sentence writes them. */
    static final List<String> GENRES = List.of("drama", "comedy", "thriller", "romantic comedy", "crime drama",
            "science fiction", "horror", "family", "war", "mystery", "coming-of-age", "fantasy", "action");

    /** A country, its adjective, its language and the currency its box office is given in. */
    record Country(String name, String adjective, String language, String currency) {
        /** @return the name as a sentence writes it after "in" ("the United States", "France") */
        String inSentence() {
            return name.startsWith("United ") ? "the " + name : name;
        }
    }

    /** Countries of production and release. */
    static final List<Country> COUNTRIES = List.of(new Country("United States", "American", "English", "$"),
            new Country("United Kingdom", "British", "English", "£"), new Country("France", "French", "French", "€"),
            new Country("Germany", "German", "German", "€"), new Country("Italy", "Italian", "Italian", "€"),
            new Country("Spain", "Spanish", "Spanish", "€"), new Country("Japan", "Japanese", "Japanese", "¥"),
            new Country("South Korea", "South Korean", "Korean", "₩"), new Country("India", "Indian", "Hindi", "₹"),
            new Country("Canada", "Canadian", "English", "US$"), new Country("Sweden", "Swedish", "Swedish", "US$"),
            new Country("Mexico", "Mexican", "Spanish", "US$"), new Country("Brazil", "Brazilian", "Portuguese", "US$"),
            new Country("Australia", "Australian", "English", "US$"));

    /** What a character does. */
    static final List<String> OCCUPATIONS = List.of("night-shift nurse", "ferry pilot", "retired schoolteacher",
            "struggling violinist", "junior detective", "bookshop owner", "lighthouse keeper", "architect",
            "travelling salesman", "radio host", "hotel receptionist", "beekeeper", "court stenographer",
            "former boxer", "museum guard", "orchard owner", "taxi driver", "marine biologist");

    /** What a character is like (after "who"). */
    static final List<String> TRAITS = List.of("keeps a secret diary", "cannot stay away from trouble",
            "wants to leave town for good", "still believes in second chances", "talks to everyone but trusts nobody",
            "hides a debt from the family", "is afraid of the sea", "collects other people's letters",
            "never finished school", "is better at lying than at cooking");

    /** Relations in which a character shares the other's family name. */
    static final List<String> KIN = List.of("older sister", "younger brother", "estranged father", "mother", "cousin");

    /** How one character is related to another (after "X's"). */
    static final List<String> RELATIONS = List.of("older sister", "younger brother", "estranged father",
            "best friend", "business partner", "childhood friend", "mother", "landlord", "former fiancé", "cousin");

    /** Plot openings: A, B, C are characters' given names, P a place, O an occupation. */
    static final List<String> PLOT_OPENINGS = List.of(
            "When {A} comes back to {P} after ten years away, the family house is already up for sale.",
            "{A}, a {O} in {P}, finds an unsigned letter under the door on the first morning of spring.",
            "In the last summer before the old harbour in {P} closes, {A} takes a job that nobody else wants.",
            "{A} has spent years avoiding {B}, until a funeral in {P} puts them in the same room.",
            "After losing the job at the mill, {A} moves in with {B} in a cramped flat above a bakery in {P}.",
            "{A} and {B} meet on a delayed night train to {P} and agree to tell each other only lies.");

    /** Plot middles. */
    static final List<String> PLOT_MIDDLES = List.of(
            "{B} offers help, but the price is a promise that {A} is not sure to keep.",
            "A storm cuts {P} off from the mainland, and old quarrels come back to the surface.",
            "{C} recognises the handwriting on the letters and decides to say nothing.",
            "The more {A} learns about the missing money, the less {B} seems like a friend.",
            "{A} and {B} spend a long night driving along the coast, talking about everything except what matters.",
            "When {C} disappears without a word, {A} has to choose between the family and the truth.",
            "A forgotten photograph shows {B} standing next to a stranger who turns out to be {C}.",
            "{A} starts rehearsing for the town's winter concert, mostly to avoid going home.",
            "{B} and {C} used to run the old boatyard together, and neither of them will say why it closed.",
            "A letter from the bank gives the family until the end of the month, and {A} begins to sell what is left.",
            "{C} takes {A} to the cliffs where their father used to fish and tells the story nobody else will tell.",
            "At the harvest dance, {A} and {B} finally talk, and the evening ends in an argument on the pier.",
            "{A} finds work as a night-shift {O} and begins to notice who else is awake in {P} at four in the morning.");

    /** Plot endings. */
    static final List<String> PLOT_ENDINGS = List.of(
            "By the time the ferry leaves {P}, {A} has made peace with the past, if not with {B}.",
            "In the end {A} reads the last letter aloud, and {B} finally understands why {C} stayed away.",
            "{A} stays in {P}, and the house is not sold after all.",
            "The final scene returns to the empty platform where {A} and {B} first met.",
            "{C} leaves town for good, and {A} keeps the secret that held them together.");

    /** Taglines after a forum headline's title. */
    static final List<String> TAGLINES = List.of("A Quiet Triumph", "Why It Still Matters", "Worth Every Minute",
            "An Overlooked Gem", "Better Than Its Reputation", "A Flawed but Moving Story", "A Heartbreaking Romance",
            "Finally Saw It", "Slow Burn and a Big Payoff", "My Thoughts After a Second Viewing");

    /** Taglines of static-site post headlines ("Title: tagline"). */
    static final List<String> POST_TAGLINES = List.of("Comedy Makes It Worth the Watch", "A Beautiful Narration",
            "Slow but Rewarding", "An Elongated Love Story", "Time, Memory and a Long Goodbye",
            "Small Town, Big Feelings", "Not What I Expected");

    /** Lead-ins of static-site post headlines ("lead-in: Title"). */
    static final List<String> POST_LEAD_INS = List.of("Another emotive movie", "Finally watched",
            "A quiet film about farewells", "Sunday night movie", "Thoughts on a film I almost skipped");

    /** Openings of a WordPress post; T is the title, which the post links to its Wikipedia page. */
    static final List<String> POST_OPENINGS = List.of(
            "If you like emotional films and have enough patience to let yourself dissolve into the story, then {T} is"
                    + " your type.",
            "I finally watched {T} last night, and it has stayed with me all day.",
            "{T} had been on my list for years, and last weekend I finally sat down with it.");

    /** First-person opinions; T is the title. */
    static final List<String> OPINIONS = List.of(
            "I went in knowing almost nothing about {T}, and I have been thinking about it for days.",
            "The first half hour of {T} is slow, but stay with it: the last act is worth the wait.",
            "I am not usually patient with quiet films, yet {T} held my attention from start to finish.",
            "Some scenes in {T} feel a little long, and the music is sometimes too insistent.",
            "The photography is lovely, especially the night scenes along the water.",
            "What stayed with me is how kindly the film treats even its least likeable characters.",
            "I cried twice, which for me is a record.",
            "It is not a perfect film, but it is an honest one, and I would happily watch it again.");

    /** Closing lines of a forum or blog post. */
    static final List<String> CLOSINGS = List.of("Has anyone else here seen it?",
            "I would love to hear what the rest of you thought.", "Recommended, especially on a rainy evening.",
            "Watch it with someone you like.", "Let me know in the comments if you agree.");

    /** Generic production facts for an article's Production section; P is a place. */
    static final List<String> PRODUCTION = List.of(
            "Principal photography took place in and around {P} over eight weeks.",
            "Most of the interiors were shot in a disused school that the crew turned into a studio.",
            "The director cast several non-professional actors from {P} in smaller roles.",
            "The score was recorded with a small string ensemble in a single week.",
            "Several scenes were rewritten during the shoot after the cast improvised them in rehearsal.",
            "The production designer rebuilt a harbour street of the 1970s on a car park outside {P}.",
            "Weather delayed the outdoor scenes by almost a month, and the schedule was reorganised twice.");

    /** Reception sentences of an article or a forum page. */
    static final List<String> RECEPTION = List.of(
            "Critics praised the performances and the photography, while some found the pacing too slow.",
            "The film received mostly positive reviews, with particular praise for its cast.",
            "Reviews were mixed: the story was called touching by some critics and predictable by others.");

    /** Names of blogs (site titles above an HTML blog post). */
    static final List<String> BLOG_NAMES = List.of("Reel Notebook", "The Projector Room", "Late Show Notes",
            "Matinee Diary", "Back Row Seats", "Cinema Scrapbook");

    /** Forum names and boards for breadcrumbs. */
    static final List<String> FORUMS = List.of("Classic Film Forum", "Silver Screen Talk", "Kinofreunde Forum",
            "Film Buffs Board");

    /** Boards of a forum. */
    static final List<String> BOARDS = List.of("Drama and Romance", "World Cinema", "New Releases",
            "Reviews and Recommendations", "Crime and Thrillers");
}
