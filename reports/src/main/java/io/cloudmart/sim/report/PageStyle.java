package io.cloudmart.sim.report;

/**
 * The inline stylesheet of a report page.
 *
 * <p>It lives inline so the page is one file that opens offline, from an e-mail attachment or a
 * learning platform. It uses system fonts only (nothing to download), a centred column of at most
 * 1000 px, charts that scale to the column through their {@code viewBox}, and print rules that
 * keep a chart or table on one page.
 */
final class PageStyle {

    /** The stylesheet, without the surrounding {@code <style>} element. */
    static final String CSS = """
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:#eef0f3;color:#1f2328;\
            font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1000px;margin:0 auto;padding:36px 40px 28px;background:#fff;\
            min-height:100vh;box-shadow:0 0 0 1px #dde1e6}
            h1{font-size:1.9rem;line-height:1.25;margin:0 0 .6rem;letter-spacing:-.01em}
            h2{font-size:1.35rem;line-height:1.3;margin:2.6rem 0 .8rem;padding-bottom:.35rem;\
            border-bottom:1px solid #dde1e6}
            p{margin:.6rem 0}
            .description{color:#3d444d;font-size:1.05rem}
            .facts{display:flex;flex-wrap:wrap;gap:8px;margin:1.2rem 0 0;padding:0}
            .facts div{background:#f4f6f8;border:1px solid #dde1e6;border-radius:6px;\
            padding:5px 11px;line-height:1.3}
            .facts dt{font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;color:#59636e}
            .facts dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums}
            .intro{color:#3d444d}
            figure.chart{margin:1.4rem 0;padding:0}
            figure.chart svg{display:block;width:100%;height:auto;max-width:100%}
            .no-data{margin:1.4rem 0;padding:14px 16px;border:1px dashed #afb8c1;border-radius:6px;\
            color:#59636e;background:#f8f9fa}
            .table-wrap{margin:1.4rem 0;overflow-x:auto}
            table{border-collapse:collapse;font-size:.92rem;min-width:50%}
            caption{caption-side:top;text-align:left;font-weight:600;padding:0 0 .45rem}
            th,td{padding:6px 14px;text-align:left;vertical-align:top;border-bottom:1px solid #e4e7eb}
            thead th{background:#f4f6f8;border-bottom:2px solid #c4cbd3;font-weight:600}
            tbody tr:nth-child(even){background:#f8f9fa}
            th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .note{font-size:.82rem;color:#59636e;margin:.45rem 0 0}
            footer{margin-top:3rem;padding-top:.9rem;border-top:1px solid #dde1e6;font-size:.82rem;\
            color:#59636e}
            @media (max-width:640px){main{padding:20px 16px}h1{font-size:1.5rem}\
            figure.chart{overflow-x:auto}figure.chart svg{min-width:600px}}
            @media print{body{background:#fff}main{box-shadow:none;padding:0;max-width:none}\
            figure.chart,.table-wrap{break-inside:avoid}}
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
            .banner+.banner{margin-top:.8rem}
            .banner p{margin:.35rem 0 0}
            .banner p.banner-heading{margin:0;font-weight:700;color:#6b4200}
            @media print{.banner{background:#fff;break-inside:avoid}}
            """;

    private PageStyle() {}

    /** Returns the stylesheet for a page, with the banner rules only if it shows a banner. */
    static String css(boolean withBanners) {
        return withBanners ? CSS + BANNER_CSS : CSS;
    }
}
