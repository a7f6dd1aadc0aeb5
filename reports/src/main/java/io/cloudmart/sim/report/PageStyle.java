package io.cloudmart.sim.report;

/**
 * The inline stylesheet of a report page.
 *
 * <p>It lives inline so the page is one file that opens offline, from an e-mail attachment or a
 * learning platform. It uses system fonts only (nothing to download), a centred column of at most
 * 1000 px, charts that scale to the column through their {@code viewBox}, a dark scheme for readers who ask for
 * one ({@code prefers-color-scheme}; the charts' colours are CSS variables, see {@link SvgColours}), and print
 * rules: black text on white whatever the scheme, nothing fixed or sticky, and a chart or table on one page.
 */
final class PageStyle {

    /** The stylesheet, without the surrounding {@code <style>} element. */
    static final String CSS = """
            :root{color-scheme:light dark;--page-bg:#eef0f3;--main-bg:#fff;--text:#1f2328;--muted:#3d444d;\
            --faint:#59636e;--line:#dde1e6;--panel:#f4f6f8;--stripe:#f8f9fa;--rule:#e4e7eb;--head-rule:#c4cbd3;\
            --dash:#afb8c1}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--page-bg);color:var(--text);\
            font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1000px;margin:0 auto;padding:36px 40px 28px;background:var(--main-bg);\
            min-height:100vh;box-shadow:0 0 0 1px var(--line)}
            h1{font-size:1.9rem;line-height:1.25;margin:0 0 .6rem;letter-spacing:-.01em}
            h2{font-size:1.35rem;line-height:1.3;margin:2.6rem 0 .8rem;padding-bottom:.35rem;\
            border-bottom:1px solid var(--line)}
            p{margin:.6rem 0}
            .description{color:var(--muted);font-size:1.05rem}
            .facts{display:flex;flex-wrap:wrap;gap:8px;margin:1.2rem 0 0;padding:0}
            .facts div{background:var(--panel);border:1px solid var(--line);border-radius:6px;\
            padding:5px 11px;line-height:1.3}
            .facts dt{font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;color:var(--faint)}
            .facts dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums}
            .intro{color:var(--muted)}
            figure.chart{margin:1.4rem 0;padding:0}
            figure.chart svg{display:block;width:100%;height:auto;max-width:100%}
            figure.diagram{margin:1.4rem 0;padding:0}
            figure.diagram svg{display:block;width:100%;height:auto;max-width:100%}
            .no-data{margin:1.4rem 0;padding:14px 16px;border:1px dashed var(--dash);border-radius:6px;\
            color:var(--faint);background:var(--stripe)}
            .table-wrap{margin:1.4rem 0;overflow-x:auto}
            table{border-collapse:collapse;font-size:.92rem;min-width:50%}
            caption{caption-side:top;text-align:left;font-weight:600;padding:0 0 .45rem}
            th,td{padding:6px 14px;text-align:left;vertical-align:top;border-bottom:1px solid var(--rule)}
            thead th{background:var(--panel);border-bottom:2px solid var(--head-rule);font-weight:600}
            tbody tr:nth-child(even){background:var(--stripe)}
            th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .note{font-size:.82rem;color:var(--faint);margin:.45rem 0 0}
            footer{margin-top:3rem;padding-top:.9rem;border-top:1px solid var(--line);font-size:.82rem;\
            color:var(--faint)}
            @media (max-width:640px){main{padding:20px 16px}h1{font-size:1.5rem}\
            figure.chart{overflow-x:auto}figure.chart svg{min-width:600px}}
            @media (prefers-color-scheme:dark){:root{--page-bg:#0d1117;--main-bg:#161b22;--text:#e6edf3;\
            --muted:#c9d1d9;--faint:#9da7b3;--line:#30363d;--panel:#21262d;--stripe:#1b2129;--rule:#2a3038;\
            --head-rule:#484f58;--dash:#484f58;--chart-text:#e6edf3;--chart-grid:#30363d;--chart-axis:#768390;\
            --chart-bg:#161b22;--series-0:#4fa3e0;--series-1:#e8a317;--series-2:#2fbf8f;--series-3:#f07b3f;\
            --series-4:#dd8fbb;--series-5:#9ad3f5;--series-6:#e6edf3;--series-7:#d5679c;--series-8:#c4c45a;\
            --series-9:#a3a9b0}}
            @media print{:root{--page-bg:#fff;--main-bg:#fff;--text:#000;--muted:#000;--faint:#333;--line:#bbb;\
            --panel:#fff;--stripe:#fff;--rule:#ccc;--head-rule:#888;--dash:#888;--chart-text:#000;\
            --chart-grid:#dde1e6;--chart-axis:#9a9da1;--chart-bg:#fff;--series-0:#0072b2;--series-1:#e69f00;\
            --series-2:#009e73;--series-3:#d55e00;--series-4:#cc79a7;--series-5:#56b4e9;--series-6:#000;\
            --series-7:#882255;--series-8:#999933;--series-9:#777}\
            html,body{background:#fff;color:#000}main{box-shadow:none;padding:0;max-width:none;min-height:0}\
            body *{position:static!important}h2{break-after:avoid}\
            figure,.table-wrap,svg{break-inside:avoid}}
            """;

    /**
     * Rules for {@link Banner}s, appended only to pages that show one, so that a page without a
     * banner stays byte for byte what it was before banners existed and earlier reports still diff
     * cleanly against new ones. The amber left border and the dark text need no background colour,
     * which printers usually drop, to stand out on paper.
     */
    static final String BANNER_CSS = """
            .banner{margin:1.6rem 0 0;padding:12px 16px;background:#fff8e5;color:#1f2328;\
            border:1px solid #e9c46a;border-left:6px solid #bf8700;border-radius:6px}
            @media (prefers-color-scheme:dark){.banner{background:#2b230f;color:var(--text);border-color:#6b5416;\
            border-left-color:#d29922}.banner p.banner-heading{color:#e3b341}}
            .banner+.banner{margin-top:.8rem}
            .banner p{margin:.35rem 0 0}
            .banner p.banner-heading{margin:0;font-weight:700;color:#6b4200}
            @media print{.banner{background:#fff;color:#000;break-inside:avoid}.banner p.banner-heading{color:#000}}
            """;

    private PageStyle() {}

    /** Returns the stylesheet for a page, with the banner rules only if it shows a banner. */
    static String css(boolean withBanners) {
        return withBanners ? CSS + BANNER_CSS : CSS;
    }
}
