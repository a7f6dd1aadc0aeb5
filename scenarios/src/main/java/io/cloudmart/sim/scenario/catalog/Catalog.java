package io.cloudmart.sim.scenario.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bundled classroom scenarios: {@code scenarios/catalog/*.yaml} in the source tree, packaged
 * on the classpath under {@code catalog/}, so {@code cmsim run mmc-check} works by name.
 */
public final class Catalog {
    private static final String FOLDER = "catalog";
    private static final String SUFFIX = ".yaml";

    private final ClassLoader loader;

    public Catalog() {
        this(Catalog.class.getClassLoader());
    }

    Catalog(ClassLoader loader) {
        this.loader = loader;
    }

    /** Names of the bundled scenarios, sorted. */
    public List<String> names() {
        URL folder = loader.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath(FOLDER));
                }
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled catalog: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .forEach(n -> names.add(n.substring(0, n.length() - SUFFIX.length())));
        }
        Collections.sort(names);
        return names;
    }

    /** The YAML text of scenario {@code name}, if it is bundled. */
    public Optional<String> text(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(FOLDER + "/" + name + SUFFIX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled scenario " + name + ": " + e.getMessage(), e);
        }
    }

    /** How a bundled scenario is named in messages. */
    public static String sourceName(String name) {
        return "catalog/" + name + SUFFIX;
    }
}
