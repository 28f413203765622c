package org.kinograph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How much the vote over conflicting claims trusts each genre of source: configuration, read
 * from {@code trust-weights.properties} (encyclopedic sources over anonymous forum pages by
 * default) and overridable by a file of the same format.
 */
public final class TrustWeights {
    /** The resource with the default weights. */
    public static final String RESOURCE = "/org/kinograph/resolve/trust-weights.properties";
    private static final String DEFAULT = "default";

    private final Map<String, Double> weights;

    private TrustWeights(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** @return the packaged defaults. */
    public static TrustWeights defaults() {
        try (InputStream in = TrustWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return new TrustWeights(parse(p, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a properties file ({@code genre = weight})
     * @return the defaults with the file's weights in their place
     * @throws IllegalArgumentException when a weight is not a number in [0, 1]
     */
    public static TrustWeights defaultsWith(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Double> w = new TreeMap<>(defaults().weights);
        w.putAll(parse(p, file.toString()));
        return new TrustWeights(w);
    }

    private static Map<String, Double> parse(Properties p, String where) {
        Map<String, Double> out = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            String v = p.getProperty(k).trim();
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": weight of " + k + " is not a number: \"" + v + "\"");
            }
            if (d < 0 || d > 1 || Double.isNaN(d)) {
                throw new IllegalArgumentException(where + ": weight of " + k + " must be in [0, 1]: " + v);
            }
            out.put(k.trim(), d);
        }
        return out;
    }

    /** @return the weight of a genre (the default weight for a genre not listed, or null). */
    public double of(String genre) {
        Double w = genre == null ? null : weights.get(genre);
        return w != null ? w : weights.getOrDefault(DEFAULT, 0.5);
    }

    /** @return every weight, by genre. */
    public Map<String, Double> all() {
        return java.util.Collections.unmodifiableMap(weights);
    }
}
