package org.kinograph.resolve;

import org.apache.jena.graph.Node;

/**
 * The kinds of mentions resolution works on, read from the shape of the minted IRI (docs/mapping.md):
 * {@code film/<slug>}, {@code person/…}, {@code organization/…}, {@code country/…}, {@code work/…},
 * and below a film {@code …/character/…}, {@code …/role/…}, {@code …/accolade/…}.
 */
public enum Kind {
    FILM("film"), PERSON("person"), ORGANIZATION("organization"), COUNTRY("country"), WORK("work"),
    CHARACTER("character"), ROLE("role"), ACCOLADE("accolade");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** @return the lower-case name used in mention records and reports ("film", "person", …). */
    public String label() {
        return label;
    }

    /** @return the kind with this label, or null. */
    public static Kind of(String label) {
        for (Kind k : values()) {
            if (k.label.equals(label)) return k;
        }
        return null;
    }

    /** @return true for the kinds minted below a film IRI. */
    public boolean belowFilm() {
        return this == CHARACTER || this == ROLE || this == ACCOLADE;
    }

    /**
     * @param base the base of minted IRIs
     * @param n    any node
     * @return the kind of a minted IRI, or null for anything else (reviews, places, literals …)
     */
    public static Kind of(String base, Node n) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(base)) return null;
        String[] parts = n.getURI().substring(base.length()).split("/", -1);
        if (parts.length == 2 && !parts[1].isEmpty()) {
            return switch (parts[0]) {
                case "film" -> FILM;
                case "person" -> PERSON;
                case "organization" -> ORGANIZATION;
                case "country" -> COUNTRY;
                case "work" -> WORK;
                default -> null;
            };
        }
        if (parts.length == 4 && parts[0].equals("film") && !parts[1].isEmpty() && !parts[3].isEmpty()) {
            return switch (parts[2]) {
                case "character" -> CHARACTER;
                case "role" -> ROLE;
                case "accolade" -> ACCOLADE;
                default -> null;
            };
        }
        return null;
    }

    /** @return the film IRI a node is minted below ({@code B film/<slug>}), or null. */
    public static Node filmOf(String base, Node n) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(base + "film/")) return null;
        String rest = n.getURI().substring(base.length() + "film/".length());
        int slash = rest.indexOf('/');
        if (slash <= 0) return null;
        return org.apache.jena.graph.NodeFactory.createURI(base + "film/" + rest.substring(0, slash));
    }
}
