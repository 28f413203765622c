package org.kinograph.generate;

import java.util.List;

/**
 * The fallback pool: a dozen films and their people, all invented for the generator, used when
 * no gmdb-films folder is there. Some have no director or no cast, as in the real pool.
 */
final class BuiltInPool {
    private BuiltInPool() {}

    static List<FilmPool.Film> films() {
        return List.of(
                film(1, "The Salt Orchard", 2009, List.of("Maren Solvik"),
                        List.of("Idris Kowalczyk", "Lena Marchetti", "Paulo Brandão"), List.of("Le Verger de sel")),
                film(2, "Winter Ferry", 2010, List.of("Tomasz Hallberg"),
                        List.of("Anja Verhoeven", "Rafael Okonjo", "Sunniva Dahl", "Emil Castaño"), List.of("Winterfähre")),
                film(3, "Copper Sky", 2011, List.of("Yusra Kalani", "Dov Abramsky"),
                        List.of("Mirela Stanescu", "Theo Grantham"), List.of()),
                film(4, "The Quiet Cartographer", 2008, List.of("Henrike Vosberg"),
                        List.of("Clement Arnaud", "Ilse Bakker", "Jonas Whitlock"), List.of("Der stille Kartograf")),
                film(5, "Nine Bridges North", 2012, List.of(), List.of("Marguerite Lavoie", "Kwame Asante-Boyd"),
                        List.of()),
                film(6, "A House for Magpies", 2013, List.of("Aurora Lindqvist"), List.of(),
                        List.of("Una casa per le gazze")),
                film(7, "Saltwater Hymn", 2014, List.of("Oren Talmadge"),
                        List.of("Sofia Varela", "Niall Brody", "Hana Petrović"), List.of("Hymne d'eau salée")),
                film(8, "Borrowed Summer", 2009, List.of("Célestine Marais"),
                        List.of("Joaquín Ferrer", "Greta Holm"), List.of("Verano prestado")),
                film(9, "The Iron Lullaby", 2010, List.of("Viktor Salminen"),
                        List.of("Alma Richter", "Desmond Achebe-Hale", "Katja Lorenz"), List.of()),
                film(10, "Lanterns over Kessow", 2011, List.of(), List.of(), List.of("Laternen über Kessow")),
                film(11, "Paper Tigers of Lisbon", 2012, List.of("Inês Carvalhal"),
                        List.of("Rui Mendonça", "Beatriz Quaresma"), List.of("Tigres de papel de Lisboa")),
                film(12, "The Last Ferryman's Daughter", 2013, List.of("Fionnuala Keane"),
                        List.of("Siobhan Mulcahy", "Declan Roarke", "Brigid Tully"), List.of()));
    }

    private static FilmPool.Film film(int n, String title, int year, List<String> directors, List<String> cast,
            List<String> alternates) {
        return new FilmPool.Film("builtin:" + n, title, year, directors, cast, alternates);
    }
}
