package io.cloudmart.sim.report;

/**
 * The Content-Security-Policy every report page declares in a {@code <meta http-equiv>} element.
 *
 * <p>Report text comes from scenario files and teachers, and is escaped everywhere. The policy is
 * the second line of defence, for a place that escaping misses. It makes the page inert: a browser
 * that honours it runs no script and fetches nothing, which is what a page that opens offline
 * needs anyway. It allows only what the page uses; a page with a {@link Timeline} also runs that one script, named
 * by its hash ({@link #withScript}), so an injected script still does not run. This was checked by rendering the sample report
 * in headless Chromium with and without the policy: the screenshots were identical and the console
 * showed no violations. With the {@code style=""} attributes forbidden, every chart turned black.
 *
 * <p>A policy in a {@code <meta>} element covers only the content after it, so the element comes
 * straight after {@code <meta charset>}, before the {@code <title>} and the {@code <style>}.
 * {@code frame-ancestors}, {@code report-uri} and {@code sandbox} are ignored in a meta policy
 * (browsers warn about them), so they are not listed here.
 */
final class ContentSecurityPolicy {

    /**
     * The policy, written into a double-quoted attribute as is; it must therefore contain no
     * {@code "}, {@code &} or {@code <}.
     */
    static final String POLICY = String.join("; ",
            // Every fetch directive without its own entry below falls back to this one, so the
            // page loads no scripts, objects, frames, images, fonts, media, workers, manifests or
            // connections. Because script-src falls back to it too, no inline <script>, no
            // on...= event handler attribute and no javascript: URL runs.
            "default-src 'none'",
            // The page's own <style> element and the style="..." attributes that JFreeSVG writes on
            // every shape and text of a chart. Fonts are system fonts named in CSS, so font-src
            // stays 'none'. The charts' clip-path="url(#...)" attributes refer to elements of this
            // document and fetch nothing, so they need no directive.
            "style-src 'unsafe-inline'",
            // Neither of the next two falls back to default-src. Without base-uri, an injected
            // <base href> could point every relative URL at another site. Without form-action, an
            // injected <form> could send what a reader types to another site.
            "base-uri 'none'",
            "form-action 'none'");

    /** The element that declares {@link #POLICY}, without a line break. */
    static final String META =
            "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">";

    /**
     * The element for a page with a {@link Timeline}: {@link #POLICY} and a {@code script-src} that allows the
     * timeline's one inline script by its hash, so that an injected {@code <script>}, event handler attribute or
     * {@code javascript:} URL is still refused. Pages without a timeline keep {@link #META}, byte for byte.
     */
    static String withScript(String scriptSource) {
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "; script-src " + scriptSource
                + "\">";
    }

    private ContentSecurityPolicy() {}
}
