//! The printable build sheet as a PDF: cover, bill of materials, cut list, one page per
//! nested sheet, assembly steps and the fit-test coupon.
//!
//! Layout happens in two passes. [`page_plan`] and the writer first lay the sheet out into
//! pages of simple drawing commands (millimetres, y up, origin at the page's lower-left
//! corner), measuring every string with the embedded font's glyph advances so text wraps
//! before the right margin and every page break keeps content above the footer. The second
//! pass turns those commands into `printpdf` operations and adds the footer
//! ("… · page N of M").
//!
//! Text is set in DejaVu Sans (regular and bold, shipped in `exporters/fonts/` with its
//! licence), embedded and subset, with a ToUnicode map so any Unicode the font covers
//! ("Sämaschine", "Échelle") renders and can be copied or extracted. No system fonts are
//! looked up at run time.
//!
//! The writer does not panic on odd input: non-finite or non-positive sizes are skipped
//! with a note on the page, unreadable pictures are replaced by a note, empty lists leave
//! their section out, and overlong words are broken.

use printpdf::{
    Color, Greyscale, ImageCompression, ImageOptimizationOptions, Line, LinePoint, Mm, Op,
    PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt,
    RawImage, Rect, TextItem, WindingOrder, XObjectTransform,
};

use crate::buildsheet::{BomRow, BuildSheet, CutRow, FitTest, SheetLabels, SheetPage, Step};
use crate::cut::ContourKind;
use crate::drawing::{Drawing, Item};
use crate::error::Error;
use crate::util::num;

/// DejaVu Sans, regular (Bitstream Vera licence, see `fonts/LICENSE-DejaVu.txt`).
static REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
static BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Page margin on all four sides, mm.
const MARGIN: f64 = 15.0;
/// Height reserved above the bottom margin for the footer, mm.
const FOOTER_BAND: f64 = 8.0;
/// Millimetres per point.
const MM_PER_PT: f64 = 25.4 / 72.0;
/// Line height as a multiple of the font size.
const LEADING: f64 = 1.3;
/// Distance from the top of a line box to the baseline, in ems.
const ASCENT: f64 = 0.95;
/// DejaVu Sans cap height, in ems (1493 / 2048).
const CAP_HEIGHT: f64 = 0.729;
/// Coordinates are clamped to ± this many mm before they reach the PDF.
const COORD_LIMIT: f64 = 10_000.0;
/// Largest picture accepted, in pixels (larger ones are replaced by a note).
const MAX_IMAGE_PIXELS: u64 = 40_000_000;
/// Largest drawing accepted, mm (a sheet or coupon beyond 1 km is treated as invalid).
const MAX_DRAWING_MM: f64 = 1.0e6;

const TITLE_PT: f64 = 24.0;
const HEADING_PT: f64 = 16.0;
const SUBHEADING_PT: f64 = 12.0;
const BODY_PT: f64 = 10.0;
const SMALL_PT: f64 = 9.0;
const TABLE_PT: f64 = 8.5;
const FOOTER_PT: f64 = 8.0;

/// What a page of the build sheet shows, in the order [`page_plan`] reports them.
///
/// Sections that run over a page repeat their kind, so the plan of a sheet with a two-page
/// cut list reads `[Cover, BillOfMaterials, CutList, CutList, Sheet(0), …]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    /// Title, summary, licence, people, URL with QR code and the preview. Only overflows
    /// onto a second page when the text is very long.
    Cover,
    /// The bill of materials table (omitted when the BOM is empty).
    BillOfMaterials,
    /// The cut list table (omitted when the cut list is empty).
    CutList,
    /// One nested sheet drawn to scale; the value indexes [`BuildSheet::sheets`].
    Sheet(usize),
    /// Tools and assembly steps (omitted when there are neither).
    Assembly,
    /// The fit-test explanation, slot table and coupon (omitted without a fit test).
    FitTest,
}

/// Writes the build sheet as a PDF document.
///
/// Fails only if the embedded font cannot be parsed or the PDF library produces no
/// output; odd values in `sheet` are skipped or clamped instead (see the module docs).
pub fn write_pdf(sheet: &BuildSheet) -> Result<Vec<u8>, Error> {
    write_pdf_with_plan(sheet).map(|(bytes, _)| bytes)
}

/// Writes the build sheet as a PDF and returns the kind of every page with it
/// (the same list [`page_plan`] computes).
pub fn write_pdf_with_plan(sheet: &BuildSheet) -> Result<(Vec<u8>, Vec<PageKind>), Error> {
    let fonts = Fonts::load()?;
    let layout = lay_out(sheet, &fonts);
    let plan = layout.pages.iter().map(|p| p.kind).collect();
    let bytes = render(sheet, &fonts, layout)?;
    Ok((bytes, plan))
}

/// The kinds of the pages [`write_pdf`] would write for `sheet`, in order, without
/// producing the PDF.
///
/// Rules: one cover page (more only for very long cover text); the BOM and the cut list
/// each take as many pages as their rows need (about 35–40 one-line rows fit an A4 page,
/// long cells wrap and make rows taller; a continued table repeats its header); one page
/// per nested sheet; assembly pages as the steps and pictures need; one fit-test page.
/// Empty sections (no BOM rows, no cut rows, no tools and no steps, no fit test) are left
/// out.
pub fn page_plan(sheet: &BuildSheet) -> Result<Vec<PageKind>, Error> {
    let fonts = Fonts::load()?;
    Ok(lay_out(sheet, &fonts)
        .pages
        .iter()
        .map(|p| p.kind)
        .collect())
}

// ---------------------------------------------------------------------------------------
// Fonts and text measuring
// ---------------------------------------------------------------------------------------

/// The two embedded faces and their metrics.
struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    /// Units per em of regular and bold.
    upem: [f64; 2],
}

impl Fonts {
    fn load() -> Result<Self, Error> {
        let parse = |bytes: &[u8], name: &str| {
            let mut warnings = Vec::new();
            ParsedFont::from_bytes(bytes, 0, &mut warnings)
                .ok_or_else(|| Error::Pdf(format!("cannot parse the embedded font {name}")))
        };
        let regular = parse(REGULAR_TTF, "DejaVuSans.ttf")?;
        let bold = parse(BOLD_TTF, "DejaVuSans-Bold.ttf")?;
        let upem = |f: &ParsedFont| f64::from(f.font_metrics.units_per_em.max(1));
        Ok(Fonts {
            upem: [upem(&regular), upem(&bold)],
            regular,
            bold,
        })
    }

    fn face(&self, bold: bool) -> (&ParsedFont, f64) {
        if bold {
            (&self.bold, self.upem[1])
        } else {
            (&self.regular, self.upem[0])
        }
    }

    /// Advance width of `c` at `size` pt, in mm. Characters the font lacks measure as
    /// its `.notdef` glyph, which is also what the PDF shows for them.
    fn char_width(&self, c: char, size: f64, bold: bool) -> f64 {
        let (face, upem) = self.face(bold);
        let gid = face.lookup_glyph_index(u32::from(c)).unwrap_or(0);
        f64::from(face.get_horizontal_advance(gid)) / upem * size * MM_PER_PT
    }

    /// Width of `text` set at `size` pt, in mm (printpdf applies no kerning, so this is
    /// exactly the advance the PDF viewer uses).
    fn width(&self, text: &str, size: f64, bold: bool) -> f64 {
        text.chars().map(|c| self.char_width(c, size, bold)).sum()
    }

    /// Word-wraps `text` into lines no wider than `max_width` mm. Newlines start new
    /// lines; runs of white space collapse; a word wider than the line is broken between
    /// characters. Always returns at least one (possibly empty) line.
    fn wrap(&self, text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
        let text = clean(text);
        let space = self.char_width(' ', size, bold);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                let word_width = self.width(word, size, bold);
                let gap = if line.is_empty() { 0.0 } else { space };
                if line_width + gap + word_width <= max_width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width += gap + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                if word_width <= max_width {
                    line.push_str(word);
                    line_width = word_width;
                } else {
                    for c in word.chars() {
                        let w = self.char_width(c, size, bold);
                        if line_width + w > max_width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_width = 0.0;
                        }
                        line.push(c);
                        line_width += w;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// `text` shortened with "…" so it fits `max_width` mm on one line.
    fn truncate(&self, text: &str, size: f64, bold: bool, max_width: f64) -> String {
        let text = clean(text).replace('\n', " ");
        if self.width(&text, size, bold) <= max_width {
            return text;
        }
        let ellipsis = self.char_width('…', size, bold);
        let mut out = String::new();
        let mut width = 0.0;
        for c in text.chars() {
            let w = self.char_width(c, size, bold);
            if width + w + ellipsis > max_width {
                break;
            }
            out.push(c);
            width += w;
        }
        out.push('…');
        out
    }
}

/// Tabs and carriage returns become spaces or newlines; other control characters go.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Line height for `size` pt, mm.
fn line_height(size: f64) -> f64 {
    size * LEADING * MM_PER_PT
}

// ---------------------------------------------------------------------------------------
// Page model
// ---------------------------------------------------------------------------------------

/// One drawing command, in mm with y up.
#[derive(Debug, Clone, PartialEq)]
enum Cmd {
    /// A single line of text; `y` is the baseline.
    Text {
        x: f64,
        y: f64,
        size: f64,
        bold: bool,
        grey: f32,
        text: String,
    },
    /// A filled rectangle.
    Fill {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        grey: f32,
    },
    /// A stroked polyline.
    Path {
        points: Vec<[f64; 2]>,
        closed: bool,
        width_pt: f64,
        grey: f32,
    },
    /// A picture from [`Layout::images`], lower-left corner at `x`, `y`.
    Image {
        index: usize,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
    /// Restrict the following commands to a rectangle until [`Cmd::Unclip`].
    Clip { x: f64, y: f64, w: f64, h: f64 },
    /// End the clip started by [`Cmd::Clip`].
    Unclip,
}

/// A laid-out page.
#[derive(Debug, Clone)]
struct Page {
    kind: PageKind,
    /// Width and height, mm.
    size: [f64; 2],
    cmds: Vec<Cmd>,
}

/// All pages plus the decoded pictures they use.
struct Layout {
    pages: Vec<Page>,
    images: Vec<RawImage>,
}

/// A table column: title, share of the content width, right-aligned or not.
struct Column<'t> {
    title: &'t str,
    share: f64,
    right: bool,
}

/// A table row.
struct Row {
    cells: Vec<String>,
    bold: bool,
}

/// The flowing layout: current page and the cursor's y.
struct Flow<'a> {
    fonts: &'a Fonts,
    /// The sentences' words, in the sheet's language.
    words: &'a crate::buildsheet::SheetSentences,
    paper: [f64; 2],
    pages: Vec<Page>,
    images: Vec<RawImage>,
    /// Pictures decoded so far, by a hash of their bytes: a picture used by several steps
    /// is decoded (and embedded) once.
    decoded: std::collections::HashMap<u64, (usize, f64, f64)>,
    /// Top of the next line box, mm from the page's bottom edge.
    y: f64,
}

impl<'a> Flow<'a> {
    fn new(
        fonts: &'a Fonts,
        words: &'a crate::buildsheet::SheetSentences,
        paper: [f64; 2],
    ) -> Self {
        Flow {
            fonts,
            words,
            paper,
            pages: Vec::new(),
            images: Vec::new(),
            decoded: std::collections::HashMap::new(),
            y: paper[1] - MARGIN,
        }
    }

    fn size(&self) -> [f64; 2] {
        self.pages.last().map_or(self.paper, |p| p.size)
    }

    fn left(&self) -> f64 {
        MARGIN
    }

    fn right(&self) -> f64 {
        self.size()[0] - MARGIN
    }

    fn width(&self) -> f64 {
        self.right() - self.left()
    }

    fn top(&self) -> f64 {
        self.size()[1] - MARGIN
    }

    fn bottom(&self) -> f64 {
        MARGIN + FOOTER_BAND
    }

    /// Whether nothing has been placed on the current page yet.
    fn at_top(&self) -> bool {
        self.y >= self.top() - 1e-6
    }

    fn new_page(&mut self, kind: PageKind, landscape: bool) {
        let [w, h] = self.paper;
        let size = if landscape { [h, w] } else { [w, h] };
        self.pages.push(Page {
            kind,
            size,
            cmds: Vec::new(),
        });
        self.y = self.top();
    }

    /// Continues the current section on a new page of the same kind and orientation.
    fn continue_page(&mut self) {
        let (kind, landscape) = self.pages.last().map_or((PageKind::Cover, false), |p| {
            (p.kind, p.size[0] > p.size[1])
        });
        self.new_page(kind, landscape);
    }

    /// Makes room for `height` mm, starting a new page unless it fits or the page is
    /// still empty.
    fn ensure(&mut self, height: f64) {
        if self.y - height < self.bottom() && !self.at_top() {
            self.continue_page();
        }
    }

    fn push(&mut self, cmd: Cmd) {
        if self.pages.is_empty() {
            self.new_page(PageKind::Cover, false);
        }
        if let Some(page) = self.pages.last_mut() {
            page.cmds.push(cmd);
        }
    }

    fn gap(&mut self, mm: f64) {
        if !self.at_top() {
            self.y = (self.y - mm).max(self.bottom());
        }
    }

    /// One line of text at `x`, no wrapping (the caller measured it).
    fn text_at(&mut self, x: f64, baseline: f64, size: f64, bold: bool, grey: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        self.push(Cmd::Text {
            x,
            y: baseline,
            size,
            bold,
            grey,
            text: text.to_string(),
        });
    }

    /// Wrapped text from `indent` mm right of the left margin, breaking pages per line.
    fn paragraph(&mut self, text: &str, size: f64, bold: bool, indent: f64, grey: f32) {
        let x = self.left() + indent;
        let lines = self.fonts.wrap(text, size, bold, self.right() - x);
        let lh = line_height(size);
        for line in lines {
            self.ensure(lh);
            let baseline = self.y - ASCENT * size * MM_PER_PT;
            self.text_at(x, baseline, size, bold, grey, &line);
            self.y -= lh;
        }
    }

    /// A heading that stays with at least `keep` mm of what follows it.
    fn heading(&mut self, text: &str, size: f64, keep: f64) {
        self.gap(size * 0.4 * MM_PER_PT);
        self.ensure(line_height(size) + keep);
        self.paragraph(text, size, true, 0.0, 0.0);
        self.y -= 0.25 * size * MM_PER_PT;
    }

    /// A bullet item with a hanging indent.
    fn bullet(&mut self, text: &str, size: f64) {
        let indent = 5.0;
        let lh = line_height(size);
        let lines = self.fonts.wrap(text, size, false, self.width() - indent);
        for (k, line) in lines.iter().enumerate() {
            self.ensure(lh);
            let baseline = self.y - ASCENT * size * MM_PER_PT;
            if k == 0 {
                let left = self.left() + 1.0;
                self.text_at(left, baseline, size, false, 0.0, "•");
            }
            let x = self.left() + indent;
            self.text_at(x, baseline, size, false, 0.0, line);
            self.y -= lh;
        }
    }

    /// "Label: value" with the label in bold, the value wrapping after it.
    fn labelled(&mut self, label: &str, value: &str, size: f64) {
        let label = format!("{label}: ");
        let label_width = self.fonts.width(&label, size, true);
        let indent = label_width.min(self.width() / 3.0);
        let lh = line_height(size);
        let lines = self.fonts.wrap(value, size, false, self.width() - indent);
        for (k, line) in lines.iter().enumerate() {
            self.ensure(lh);
            let baseline = self.y - ASCENT * size * MM_PER_PT;
            if k == 0 {
                let left = self.left();
                self.text_at(left, baseline, size, true, 0.0, &label);
            }
            let x = self.left() + indent;
            self.text_at(x, baseline, size, false, 0.0, line);
            self.y -= lh;
        }
    }

    fn hline(&mut self, x0: f64, x1: f64, y: f64, width_pt: f64, grey: f32) {
        self.push(Cmd::Path {
            points: vec![[x0, y], [x1, y]],
            closed: false,
            width_pt,
            grey,
        });
    }

    /// A table whose rows wrap inside their columns and continue across pages with the
    /// header repeated under "`title` (continued)".
    fn table(&mut self, title: &str, columns: &[Column], rows: &[Row]) {
        let size = TABLE_PT;
        let lh = line_height(size);
        let pad = 1.2;
        let total_share: f64 = columns.iter().map(|c| c.share).sum::<f64>().max(1e-9);
        let widths: Vec<f64> = columns
            .iter()
            .map(|c| c.share / total_share * self.width())
            .collect();
        let header: Vec<Vec<String>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.fonts.wrap(c.title, size, true, w - 2.0 * pad))
            .collect();
        let header_lines = header.iter().map(Vec::len).max().unwrap_or(1);
        let header_height = header_lines as f64 * lh + 2.0 * pad;
        // Lines of one row that fit on a page below the continuation heading and header.
        let page_lines = {
            let usable = self.top()
                - self.bottom()
                - line_height(HEADING_PT) * 2.0
                - header_height
                - 2.0 * pad;
            ((usable / lh).floor() as usize).max(1)
        };

        self.ensure(header_height + lh + 2.0 * pad);
        self.table_header(columns, &widths, &header, header_height, size, pad);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .cells
                .iter()
                .zip(&widths)
                .map(|(text, w)| self.fonts.wrap(text, size, row.bold, w - 2.0 * pad))
                .collect();
            let n = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut start = 0;
            while start < n {
                let room = ((self.y - self.bottom() - 2.0 * pad) / lh).floor();
                let room = if room.is_finite() && room > 0.0 {
                    room as usize
                } else {
                    0
                };
                let keep_whole = start == 0 && n <= page_lines;
                if room == 0 || (keep_whole && room < n) {
                    self.continue_page();
                    let heading = self
                        .words
                        .fill(&self.words.continued, &[("title", title.to_string())]);
                    self.heading(&heading, HEADING_PT, 0.0);
                    self.table_header(columns, &widths, &header, header_height, size, pad);
                    continue;
                }
                let take = room.min(n - start);
                let top = self.y;
                if row.bold {
                    let (l, r) = (self.left(), self.right());
                    self.hline(l, r, top, 0.8, 0.0);
                }
                let mut x = self.left();
                for ((column, width), lines) in columns.iter().zip(&widths).zip(&cells) {
                    for (k, line) in lines.iter().enumerate().skip(start).take(take) {
                        let baseline =
                            top - pad - (k - start) as f64 * lh - ASCENT * size * MM_PER_PT;
                        let tx = if column.right {
                            x + width - pad - self.fonts.width(line, size, row.bold)
                        } else {
                            x + pad
                        };
                        self.text_at(tx, baseline, size, row.bold, 0.0, line);
                    }
                    x += width;
                }
                self.y = top - take as f64 * lh - 2.0 * pad;
                let (l, r, y) = (self.left(), self.right(), self.y);
                self.hline(l, r, y, 0.25, 0.6);
                start += take;
            }
        }
    }

    fn table_header(
        &mut self,
        columns: &[Column],
        widths: &[f64],
        header: &[Vec<String>],
        height: f64,
        size: f64,
        pad: f64,
    ) {
        let top = self.y;
        let (left, width) = (self.left(), self.width());
        self.push(Cmd::Fill {
            x: left,
            y: top - height,
            w: width,
            h: height,
            grey: 0.88,
        });
        let lh = line_height(size);
        let mut x = left;
        for ((column, w), lines) in columns.iter().zip(widths).zip(header) {
            for (k, line) in lines.iter().enumerate() {
                let baseline = top - pad - k as f64 * lh - ASCENT * size * MM_PER_PT;
                let tx = if column.right {
                    x + w - pad - self.fonts.width(line, size, true)
                } else {
                    x + pad
                };
                self.text_at(tx, baseline, size, true, 0.0, line);
            }
            x += w;
        }
        self.y = top - height;
    }

    /// Decodes a PNG for placement: its index in `images` and its size in pixels, or why
    /// it cannot be used.
    fn add_png(&mut self, png: &[u8]) -> Result<(usize, f64, f64), String> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        png.hash(&mut hasher);
        let key = hasher.finish();
        if let Some(found) = self.decoded.get(&key) {
            return Ok(*found);
        }
        let Some((w, h)) = png_size(png) else {
            return Err("the picture is not a readable PNG".into());
        };
        if w == 0 || h == 0 || u64::from(w) * u64::from(h) > MAX_IMAGE_PIXELS {
            return Err(format!(
                "the picture is {w} × {h} pixels, too large to print"
            ));
        }
        let mut warnings = Vec::new();
        let image = RawImage::decode_from_bytes(png, &mut warnings)
            .map_err(|e| format!("the picture could not be decoded ({e})"))?;
        if image.width == 0 || image.height == 0 {
            return Err("the picture is empty".into());
        }
        let (iw, ih) = (image.width as f64, image.height as f64);
        self.images.push(image);
        let found = (self.images.len() - 1, iw, ih);
        self.decoded.insert(key, found);
        Ok(found)
    }

    /// Places a PNG scaled to fit `max_w` × `max_h` mm at the cursor (on a new page if it
    /// does not fit below); says why if the picture cannot be used.
    fn picture(&mut self, png: &[u8], max_w: f64, max_h: f64, centred: bool) -> Result<(), String> {
        let (index, iw, ih) = self.add_png(png)?;
        let page_h = self.top() - self.bottom();
        let max_h = max_h.min(page_h).max(1.0);
        let max_w = max_w.min(self.width()).max(1.0);
        let scale = (max_w / iw).min(max_h / ih);
        let (w, h) = (iw * scale, ih * scale);
        self.ensure(h);
        let x = if centred {
            self.left() + (self.width() - w) / 2.0
        } else {
            self.left()
        };
        let y = self.y - h;
        self.push(Cmd::Image { index, x, y, w, h });
        self.y = y;
        Ok(())
    }

    /// A grey bracketed note in place of something that could not be shown.
    fn note(&mut self, reason: &str) {
        self.paragraph(&format!("[{reason}]"), SMALL_PT, false, 0.0, 0.4);
    }

    /// Draws `drawing` with its lower-left corner at (`x0`, `y0`) on the page, `scale` mm
    /// on paper per mm of drawing, clipped to the drawing's box.
    fn drawing(&mut self, drawing: &Drawing, view: View, x0: f64, y0: f64, scale: f64) {
        let map = |p: &[f64; 2]| [x0 + (p[0] - view.x) * scale, y0 + (p[1] - view.y) * scale];
        self.push(Cmd::Clip {
            x: x0 - 1.0,
            y: y0 - 1.0,
            w: view.w * scale + 2.0,
            h: view.h * scale + 2.0,
        });
        for item in &drawing.items {
            match item {
                Item::Shape { rings, .. } => {
                    for ring in rings {
                        let points: Vec<[f64; 2]> =
                            ring.iter().filter(|p| finite2(p)).map(map).collect();
                        if points.len() >= 2 {
                            self.push(Cmd::Path {
                                points,
                                closed: true,
                                width_pt: 0.5,
                                grey: 0.0,
                            });
                        }
                    }
                }
                Item::Text {
                    text, at, height, ..
                } => {
                    if !finite2(at) || !height.is_finite() || *height <= 0.0 {
                        continue;
                    }
                    let size = (height * scale / CAP_HEIGHT / MM_PER_PT).clamp(4.0, 72.0);
                    let [cx, cy] = map(at);
                    let text = clean(text).replace('\n', " ");
                    let w = self.fonts.width(&text, size, false);
                    self.text_at(
                        cx - w / 2.0,
                        cy - CAP_HEIGHT * size * MM_PER_PT / 2.0,
                        size,
                        false,
                        0.0,
                        &text,
                    );
                }
            }
        }
        self.push(Cmd::Unclip);
    }
}

/// The part of a drawing's coordinate space to show: lower-left corner and size, mm.
#[derive(Debug, Clone, Copy)]
struct View {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl View {
    /// The drawing's sheet if its size is usable, else the bounding box of its finite
    /// points; `None` if there is nothing to show.
    fn of(drawing: &Drawing) -> Option<View> {
        if usable_size(drawing.width) && usable_size(drawing.height) {
            return Some(View {
                x: 0.0,
                y: 0.0,
                w: drawing.width,
                h: drawing.height,
            });
        }
        let points = drawing.items.iter().flat_map(|item| match item {
            Item::Shape { rings, .. } => rings.iter().flatten().copied().collect::<Vec<_>>(),
            Item::Text { at, .. } => vec![*at],
        });
        let [x0, y0, x1, y1] = bbox(points)?;
        let (w, h) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        (usable_size(w) && usable_size(h)).then_some(View { x: x0, y: y0, w, h })
    }
}

fn finite2(p: &[f64; 2]) -> bool {
    p[0].is_finite() && p[1].is_finite()
}

fn usable_size(v: f64) -> bool {
    v.is_finite() && v > 0.0 && v <= MAX_DRAWING_MM
}

/// Bounding box `[min x, min y, max x, max y]` of the finite points.
fn bbox(points: impl IntoIterator<Item = [f64; 2]>) -> Option<[f64; 4]> {
    let mut b: Option<[f64; 4]> = None;
    for p in points.into_iter().filter(finite2) {
        b = Some(match b {
            None => [p[0], p[1], p[0], p[1]],
            Some([a, c, d, e]) => [a.min(p[0]), c.min(p[1]), d.max(p[0]), e.max(p[1])],
        });
    }
    b
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    if png.get(..8)? != SIGNATURE || png.get(12..16)? != b"IHDR" {
        return None;
    }
    let be = |r: std::ops::Range<usize>| -> Option<u32> {
        Some(u32::from_be_bytes(png.get(r)?.try_into().ok()?))
    };
    Some((be(16..20)?, be(20..24)?))
}

/// The smallest "nice" reduction ratio (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8 × 10ⁿ)
/// at least `ratio`; never below 1 (drawings are not enlarged).
fn nice_ratio(ratio: f64) -> f64 {
    if !ratio.is_finite() || ratio <= 1.0 {
        return 1.0;
    }
    const STEPS: [f64; 11] = [1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0];
    let mut decade = 10f64.powf(ratio.log10().floor());
    for _ in 0..3 {
        for step in STEPS {
            let candidate = step * decade;
            if candidate >= ratio * (1.0 - 1e-9) {
                return candidate;
            }
        }
        decade *= 10.0;
    }
    ratio
}

/// "1:12.5".
fn scale_text(ratio: f64) -> String {
    format!("1:{}", num(ratio))
}

/// `v` with two decimals and the currency code, or "—" if it is not a number.
fn money(v: f64, currency: &str) -> String {
    if v.is_finite() {
        format!("{v:.2} {currency}")
    } else {
        "—".into()
    }
}

/// Millimetres with up to 3 decimals, "—" if not a number.
fn mm(v: f64) -> String {
    if v.is_finite() { num(v) } else { "—".into() }
}

/// "−0.25", "+0.25", "±0.00" with a real minus sign.
fn signed(v: f64) -> String {
    if !v.is_finite() {
        "—".into()
    } else if v.abs() < 0.005 {
        "±0.00".into()
    } else if v < 0.0 {
        format!("−{:.2}", -v)
    } else {
        format!("+{v:.2}")
    }
}

// ---------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------

fn lay_out(sheet: &BuildSheet, fonts: &Fonts) -> Layout {
    let mut flow = Flow::new(fonts, &sheet.labels.sentences, sheet.paper.size_mm());
    cover(&mut flow, sheet);
    if !sheet.bom.is_empty() {
        bill_of_materials(&mut flow, sheet);
    }
    if !sheet.cut_list.is_empty() {
        cut_list(&mut flow, &sheet.cut_list, &sheet.labels);
    }
    for (i, page) in sheet.sheets.iter().enumerate() {
        let (number, of) = sheet_number(&sheet.sheets, i);
        sheet_page(&mut flow, i, page, number, of);
    }
    if !sheet.tools.is_empty() || !sheet.steps.is_empty() {
        assembly(&mut flow, &sheet.tools, &sheet.steps, &sheet.labels);
    }
    if let Some(fit) = &sheet.fit_test {
        fit_test(&mut flow, fit, &sheet.labels);
    }
    Layout {
        pages: flow.pages,
        images: flow.images,
    }
}

/// "Sheet i of n" for sheet page `i`: i counts pages of the same material and thickness,
/// n is the page's `of` (or i, if `of` is smaller).
fn sheet_number(pages: &[SheetPage], i: usize) -> (u32, u32) {
    let same = |a: &SheetPage, b: &SheetPage| {
        a.material == b.material
            && (a.sheet.thickness == b.sheet.thickness
                || (a.sheet.thickness.is_nan() && b.sheet.thickness.is_nan()))
    };
    let Some(this) = pages.get(i) else {
        return (1, 1);
    };
    let number = pages[..i].iter().filter(|p| same(p, this)).count() as u32 + 1;
    (number, this.of.max(number))
}

fn cover(flow: &mut Flow, sheet: &BuildSheet) {
    flow.new_page(PageKind::Cover, false);
    let l = &sheet.labels;
    let title = if sheet.title.trim().is_empty() {
        l.untitled.as_str()
    } else {
        &sheet.title
    };
    flow.paragraph(title, TITLE_PT, true, 0.0, 0.0);
    flow.gap(1.5);
    if !sheet.summary.trim().is_empty() {
        flow.paragraph(&sheet.summary, SUBHEADING_PT, false, 0.0, 0.25);
    }
    flow.gap(4.0);

    let mut version = format!("{} {}", l.version, sheet.version.trim());
    if let Some(revision) = sheet.revision.as_deref().filter(|r| !r.trim().is_empty()) {
        let short: String = revision.trim().chars().take(12).collect();
        let words = &l.sentences;
        version.push_str(" · ");
        version.push_str(&words.fill(&words.revision, &[("revision", short)]));
    }
    flow.paragraph(&version, BODY_PT, false, 0.0, 0.0);
    flow.gap(2.0);

    flow.labelled(&l.licence, &sheet.licence, BODY_PT);
    for obligation in &sheet.obligations {
        flow.bullet(obligation, SMALL_PT);
    }
    flow.gap(2.0);
    if !sheet.authors.is_empty() {
        flow.labelled(&l.authors, &sheet.authors.join(", "), BODY_PT);
    }
    for line in &sheet.lineage {
        flow.paragraph(line, SMALL_PT, false, 0.0, 0.2);
    }
    if !sheet.contributors.is_empty() {
        flow.paragraph(&l.contributors, SMALL_PT, true, 0.0, 0.2);
        for contributor in &sheet.contributors {
            flow.bullet(contributor, SMALL_PT);
        }
    }
    if let Some(made_at) = sheet.made_at.as_deref().filter(|m| !m.trim().is_empty()) {
        flow.labelled(&l.made_at, made_at, BODY_PT);
    }
    flow.gap(4.0);
    url_blocks(flow, sheet);
    flow.gap(5.0);

    let preview_w = 180.0f64.min(flow.width());
    let mut failed = None;
    if let Some(png) = &sheet.preview_png {
        if flow.y - flow.bottom() < 40.0 {
            flow.continue_page();
        }
        let max_h = (flow.y - flow.bottom()).min(100.0);
        match flow.picture(png, preview_w, max_h, true) {
            Ok(()) => return,
            Err(reason) => failed = Some(reason),
        }
    }
    // No usable PNG: the vector preview, if there is one.
    if let Some(drawing) = &sheet.preview
        && let Some(view) = View::of(drawing)
    {
        if flow.y - flow.bottom() < 40.0 {
            flow.continue_page();
        }
        let max_h = (flow.y - flow.bottom()).min(100.0);
        let scale = (preview_w / view.w).min(max_h / view.h);
        let (w, h) = (view.w * scale, view.h * scale);
        let x0 = flow.left() + (flow.width() - w) / 2.0;
        let y0 = flow.y - h;
        flow.drawing(drawing, view, x0, y0, scale);
        flow.y = y0;
    } else if let Some(reason) = failed {
        flow.note(&reason);
    }
}

/// A QR code's dark modules as filled rectangles, one per run in a row; the symbol is
/// `size` mm wide with its top-left corner at (`x0`, `y0`).
fn qr_squares(flow: &mut Flow, code: &qrcode::QrCode, x0: f64, y0: f64, size: f64) {
    let modules = code.width().max(1);
    let module = size / modules as f64;
    let colors = code.to_colors();
    for (row, line) in colors.chunks(modules).enumerate() {
        let mut col = 0;
        while col < line.len() {
            if line[col] == qrcode::Color::Dark {
                let start = col;
                while col < line.len() && line[col] == qrcode::Color::Dark {
                    col += 1;
                }
                flow.push(Cmd::Fill {
                    x: x0 + start as f64 * module,
                    y: y0 - (row + 1) as f64 * module,
                    w: (col - start) as f64 * module,
                    h: module,
                    grey: 0.0,
                });
            } else {
                col += 1;
            }
        }
    }
}

/// The side of the QR symbol: 32 mm alone, 28 mm when two share the row.
const QR_MM: f64 = 32.0;
const QR_PAIR_MM: f64 = 28.0;

/// The design page's URL and, when there is one, the "log your build" URL, each as text
/// beside its QR code (plus a 4-module quiet zone). Two codes share a row when both URLs fit
/// beside their codes; otherwise each gets the full width.
fn url_blocks(flow: &mut Flow, sheet: &BuildSheet) {
    let blocks: Vec<(&str, String)> = [
        (sheet.labels.design_page.as_str(), sheet.url.as_str()),
        (
            sheet.labels.log_your_build.as_str(),
            sheet.log_build_url.as_str(),
        ),
    ]
    .into_iter()
    .map(|(label, url)| (label, clean(url).trim().to_string()))
    .filter(|(_, url)| !url.is_empty())
    .collect();
    if blocks.len() == 2 && pair_fits(flow, &blocks) {
        let codes: Vec<qrcode::QrCode> = blocks
            .iter()
            .filter_map(|(_, url)| qrcode::QrCode::new(url.as_bytes()).ok())
            .collect();
        if codes.len() == 2 {
            let column = flow.width() / 2.0;
            let quiet = |c: &qrcode::QrCode| 4.0 * QR_PAIR_MM / c.width().max(1) as f64;
            let total = codes
                .iter()
                .map(|c| QR_PAIR_MM + 2.0 * quiet(c))
                .fold(0.0, f64::max);
            flow.ensure(total);
            let top = flow.y;
            for (i, ((label, url), code)) in blocks.iter().zip(&codes).enumerate() {
                let left = flow.left() + i as f64 * column;
                let q = quiet(code);
                qr_squares(flow, code, left + q, top - q, QR_PAIR_MM);
                let text_x = left + QR_PAIR_MM + 2.0 * q + 3.0;
                let text_w = left + column - 3.0 - text_x;
                let lh = line_height(BODY_PT);
                let mut y = top - q;
                flow.text_at(
                    text_x,
                    y - ASCENT * BODY_PT * MM_PER_PT,
                    BODY_PT,
                    true,
                    0.0,
                    label,
                );
                y -= lh;
                for line in flow.fonts.wrap(url, SMALL_PT, false, text_w) {
                    flow.text_at(
                        text_x,
                        y - ASCENT * SMALL_PT * MM_PER_PT,
                        SMALL_PT,
                        false,
                        0.0,
                        &line,
                    );
                    y -= line_height(SMALL_PT);
                }
            }
            flow.y = top - total;
            return;
        }
    }
    for (i, (label, url)) in blocks.iter().enumerate() {
        if i > 0 {
            flow.gap(3.0);
        }
        url_block(flow, label, url);
    }
}

/// Whether both URLs' wrapped lines fit beside their codes in half the width.
fn pair_fits(flow: &Flow, blocks: &[(&str, String)]) -> bool {
    let column = flow.width() / 2.0;
    blocks.iter().all(|(_, url)| {
        let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
            return false;
        };
        let quiet = 4.0 * QR_PAIR_MM / code.width().max(1) as f64;
        let text_w = column - QR_PAIR_MM - 2.0 * quiet - 6.0;
        let lines = flow.fonts.wrap(url, SMALL_PT, false, text_w).len();
        text_w > 20.0
            && line_height(BODY_PT) + lines as f64 * line_height(SMALL_PT) <= QR_PAIR_MM + quiet
    })
}

/// A URL as text beside its QR code (symbol 32 mm wide plus a 4-module quiet zone), the
/// full width of the page.
fn url_block(flow: &mut Flow, label: &str, url: &str) {
    let code = qrcode::QrCode::new(url.as_bytes()).ok();
    let Some(code) = code else {
        flow.labelled(label, url, BODY_PT);
        flow.note("the URL is too long for a QR code");
        return;
    };
    let modules = code.width();
    let module = QR_MM / modules.max(1) as f64;
    let quiet = 4.0 * module;
    let total = QR_MM + 2.0 * quiet;
    flow.ensure(total);
    let top = flow.y;
    let (x0, y0) = (flow.left() + quiet, top - quiet);
    qr_squares(flow, &code, x0, y0, QR_MM);
    // The URL to the right of the code.
    let text_x = flow.left() + total + 4.0;
    let text_w = flow.right() - text_x;
    let mut y = top - quiet;
    let lh = line_height(BODY_PT);
    flow.text_at(
        text_x,
        y - ASCENT * BODY_PT * MM_PER_PT,
        BODY_PT,
        true,
        0.0,
        label,
    );
    y -= lh;
    let lines = flow.fonts.wrap(url, BODY_PT, false, text_w);
    let mut lines = lines.iter();
    for line in lines.by_ref() {
        flow.text_at(
            text_x,
            y - ASCENT * BODY_PT * MM_PER_PT,
            BODY_PT,
            false,
            0.0,
            line,
        );
        y -= lh;
        if y - lh < top - total {
            break;
        }
    }
    // A URL longer than the code is tall continues below it, in the same column.
    flow.y = top - total;
    for line in lines {
        flow.ensure(lh);
        let baseline = flow.y - ASCENT * BODY_PT * MM_PER_PT;
        flow.text_at(text_x, baseline, BODY_PT, false, 0.0, line);
        flow.y -= lh;
    }
}

fn bill_of_materials(flow: &mut Flow, sheet: &BuildSheet) {
    flow.new_page(PageKind::BillOfMaterials, false);
    let l = &sheet.labels;
    flow.heading(&l.bom, HEADING_PT, 15.0);
    let columns = [
        Column {
            title: &l.item,
            share: 38.0,
            right: false,
        },
        Column {
            title: &l.qty,
            share: 8.0,
            right: true,
        },
        Column {
            title: &l.unit,
            share: 8.0,
            right: false,
        },
        Column {
            title: &l.unit_cost,
            share: 13.0,
            right: true,
        },
        Column {
            title: &l.total,
            share: 14.0,
            right: true,
        },
        Column {
            title: &l.supplier,
            share: 19.0,
            right: false,
        },
    ];
    let currency = sheet.currency.trim();
    let mut rows: Vec<Row> = sheet
        .bom
        .iter()
        .map(|r: &BomRow| Row {
            cells: vec![
                r.item.clone(),
                r.quantity.clone(),
                r.unit.clone(),
                money(r.unit_cost, currency),
                money(r.total, currency),
                r.supplier.clone().unwrap_or_default(),
            ],
            bold: false,
        })
        .collect();
    rows.push(Row {
        cells: vec![
            l.total.clone(),
            String::new(),
            String::new(),
            String::new(),
            money(sheet.bom_total, currency),
            String::new(),
        ],
        bold: true,
    });
    flow.table(&l.bom, &columns, &rows);
}

fn cut_list(flow: &mut Flow, rows: &[CutRow], l: &SheetLabels) {
    flow.new_page(PageKind::CutList, false);
    flow.heading(&l.cut_list, HEADING_PT, 15.0);
    let columns = [
        Column {
            title: &l.label,
            share: 10.0,
            right: false,
        },
        Column {
            title: &l.name,
            share: 28.0,
            right: false,
        },
        Column {
            title: &l.qty,
            share: 7.0,
            right: true,
        },
        Column {
            title: &l.material,
            share: 26.0,
            right: false,
        },
        Column {
            title: &l.thickness,
            share: 12.0,
            right: true,
        },
        Column {
            title: &l.size,
            share: 17.0,
            right: true,
        },
    ];
    let rows: Vec<Row> = rows
        .iter()
        .map(|r| Row {
            cells: vec![
                r.label.clone(),
                r.name.clone(),
                r.quantity.to_string(),
                r.material.clone(),
                mm(r.thickness),
                format!("{} × {} mm", mm(r.size[0]), mm(r.size[1])),
            ],
            bold: false,
        })
        .collect();
    flow.table(&l.cut_list, &columns, &rows);
}

fn sheet_page(flow: &mut Flow, index: usize, page: &SheetPage, number: u32, of: u32) {
    let cut = &page.sheet;
    let valid = usable_size(cut.width) && usable_size(cut.height);
    let landscape = valid && cut.width > cut.height;
    flow.new_page(PageKind::Sheet(index), landscape);
    let words = flow.words;
    let utilisation = if page.utilisation.is_finite() {
        format!(
            "{} %",
            words.number(format!("{:.1}", page.utilisation * 100.0))
        )
    } else {
        "—".into()
    };
    flow.paragraph(
        &words.fill(
            &words.sheet_heading,
            &[
                ("number", number.to_string()),
                ("of", of.to_string()),
                ("material", page.material.clone()),
                ("thickness", words.number(mm(cut.thickness))),
                ("utilisation", utilisation),
            ],
        ),
        SUBHEADING_PT + 1.0,
        true,
        0.0,
        0.0,
    );
    if !valid {
        flow.paragraph(
            &words.fill(
                &words.sheet_unusable,
                &[
                    ("width", words.number(mm(cut.width))),
                    ("height", words.number(mm(cut.height))),
                ],
            ),
            BODY_PT,
            false,
            0.0,
            0.0,
        );
        return;
    }
    let box_top = flow.y - line_height(SMALL_PT) - 3.0;
    let (box_w, box_h) = (flow.width(), (box_top - flow.bottom()).max(10.0));
    let ratio = nice_ratio((cut.width / box_w).max(cut.height / box_h));
    let scale = 1.0 / ratio;
    let parts = cut.parts.len();
    flow.paragraph(
        &words.fill(
            if parts == 1 {
                &words.sheet_scale_one
            } else {
                &words.sheet_scale_many
            },
            &[
                ("width", words.number(mm(cut.width))),
                ("height", words.number(mm(cut.height))),
                ("scale", words.number(scale_text(ratio))),
                ("parts", parts.to_string()),
            ],
        ),
        SMALL_PT,
        false,
        0.0,
        0.3,
    );
    let (w, h) = (cut.width * scale, cut.height * scale);
    let x0 = flow.left() + (box_w - w) / 2.0;
    let y0 = box_top - h;
    let map = |p: &[f64; 2]| [x0 + p[0] * scale, y0 + p[1] * scale];
    flow.push(Cmd::Clip {
        x: x0 - 1.0,
        y: y0 - 1.0,
        w: w + 2.0,
        h: h + 2.0,
    });
    flow.push(Cmd::Path {
        points: vec![[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h]],
        closed: true,
        width_pt: 0.8,
        grey: 0.0,
    });
    let mut labels = Vec::new();
    for part in &cut.parts {
        for contour in &part.contours {
            let points: Vec<[f64; 2]> = contour
                .points
                .iter()
                .filter(|p| finite2(p))
                .map(map)
                .collect();
            if points.len() < 2 {
                continue;
            }
            let (width_pt, grey) = match contour.kind {
                ContourKind::Outside => (0.5, 0.0),
                ContourKind::Inside => (0.35, 0.2),
                ContourKind::Pocket | ContourKind::Score => (0.25, 0.55),
            };
            flow.push(Cmd::Path {
                points,
                closed: true,
                width_pt,
                grey,
            });
        }
        let outside = bbox(
            part.contours
                .iter()
                .filter(|c| c.kind == ContourKind::Outside)
                .flat_map(|c| c.points.iter().copied()),
        );
        let any = || bbox(part.contours.iter().flat_map(|c| c.points.iter().copied()));
        let texts = || bbox(part.texts.iter().map(|t| t.at));
        if let Some([a, b, c, d]) = outside.or_else(any).or_else(texts) {
            labels.push((part.label.clone(), [a, b, c, d]));
        }
    }
    flow.push(Cmd::Unclip);
    for (label, [a, b, c, d]) in labels {
        let label = clean(&label).replace('\n', " ");
        let [pa, pb] = map(&[a, b]);
        let [pc, pd] = map(&[c, d]);
        let unit = flow.fonts.width(&label, 1.0, true).max(1e-6);
        let fit_w = (pc - pa) * 0.8 / unit;
        let fit_h = (pd - pb) * 0.5 / MM_PER_PT;
        let size = fit_w.min(fit_h).clamp(5.0, 14.0);
        let tw = flow.fonts.width(&label, size, true);
        let cx = ((pa + pc) / 2.0).clamp(x0 + tw / 2.0, (x0 + w - tw / 2.0).max(x0 + tw / 2.0));
        let cap = CAP_HEIGHT * size * MM_PER_PT;
        let cy = ((pb + pd) / 2.0).clamp(y0 + cap, (y0 + h - cap).max(y0 + cap));
        let x = cx.min(flow.right() - tw).max(flow.left());
        flow.text_at(x, cy - cap / 2.0, size, true, 0.1, &label);
    }
    flow.y = y0;
}

fn assembly(flow: &mut Flow, tools: &[String], steps: &[Step], l: &SheetLabels) {
    flow.new_page(PageKind::Assembly, false);
    flow.heading(&l.assembly, HEADING_PT, 15.0);
    if !tools.is_empty() {
        flow.heading(&l.tools, SUBHEADING_PT, line_height(BODY_PT));
        for tool in tools {
            flow.bullet(tool, BODY_PT);
        }
        flow.gap(4.0);
    }
    for (k, step) in steps.iter().enumerate() {
        flow.gap(3.0);
        let title = if step.title.trim().is_empty() {
            format!("{} {}", l.step, k + 1)
        } else {
            format!("{}. {}", k + 1, step.title.trim())
        };
        flow.heading(&title, SUBHEADING_PT - 1.0, 2.0 * line_height(BODY_PT));
        if !step.text.trim().is_empty() {
            flow.paragraph(&step.text, BODY_PT, false, 0.0, 0.0);
        }
        if !step.parts.is_empty() {
            flow.gap(1.0);
            flow.labelled(&l.parts, &step.parts.join(", "), SMALL_PT);
        }
        if let Some(png) = &step.image_png {
            flow.gap(2.0);
            if let Err(reason) = flow.picture(png, 120.0, 120.0, false) {
                flow.note(&reason);
            }
        }
    }
}

fn fit_test(flow: &mut Flow, fit: &FitTest, l: &SheetLabels) {
    flow.new_page(PageKind::FitTest, false);
    flow.heading(&l.fit_test, HEADING_PT, 15.0);
    let words = &l.sentences;
    flow.paragraph(
        &words.fill(
            &words.coupon_intro,
            &[
                ("thickness", words.number(mm(fit.thickness))),
                ("slot", words.number(mm(fit.slot_width))),
            ],
        ),
        BODY_PT,
        false,
        0.0,
        0.0,
    );
    flow.gap(3.0);
    if !fit.offsets.is_empty() {
        let columns = [
            Column {
                title: &words.coupon_slot,
                share: 15.0,
                right: false,
            },
            Column {
                title: &words.coupon_width,
                share: 45.0,
                right: false,
            },
            Column {
                title: &words.coupon_fit,
                share: 40.0,
                right: false,
            },
        ];
        let rows: Vec<Row> = fit
            .offsets
            .iter()
            .enumerate()
            .map(|(k, offset)| Row {
                cells: vec![
                    format!("{}", k + 1),
                    format!(
                        "{} mm ({})",
                        words.number(fixed2(fit.slot_width + offset)),
                        words.number(signed(*offset))
                    ),
                    words.coupon_ticks.clone(),
                ],
                bold: false,
            })
            .collect();
        flow.table(&l.fit_test, &columns, &rows);
        flow.gap(4.0);
    }
    let Some(view) = View::of(&fit.coupon) else {
        flow.note("the coupon drawing is empty");
        return;
    };
    let caption = line_height(SMALL_PT) * 2.0 + 12.0;
    if flow.y - flow.bottom() - caption < 25.0f64.min(view.h) {
        flow.continue_page();
    }
    let box_w = flow.width();
    let box_h = (flow.y - flow.bottom() - caption).max(5.0);
    let ratio = nice_ratio((view.w / box_w).max(view.h / box_h));
    let scale = 1.0 / ratio;
    if ratio <= 1.0 {
        flow.paragraph(&words.coupon_print, SMALL_PT, false, 0.0, 0.0);
        flow.gap(2.0);
        let (l, y) = (flow.left(), flow.y - 1.5);
        flow.push(Cmd::Fill {
            x: l,
            y: y - 1.5,
            w: 50.0,
            h: 1.5,
            grey: 0.0,
        });
        flow.text_at(l + 52.0, y - 1.5, SMALL_PT, false, 0.0, "50 mm");
        flow.y -= 9.0;
    } else {
        flow.paragraph(
            &words.fill(
                &words.coupon_scaled,
                &[("scale", words.number(scale_text(ratio)))],
            ),
            SMALL_PT,
            false,
            0.0,
            0.0,
        );
        flow.gap(2.0);
    }
    let (w, h) = (view.w * scale, view.h * scale);
    let x0 = flow.left() + (box_w - w).max(0.0) / 2.0;
    let y0 = flow.y - h;
    flow.drawing(&fit.coupon, view, x0, y0, scale);
    flow.y = y0;
}

/// Two decimals, "—" if not a number.
fn fixed2(v: f64) -> String {
    if v.is_finite() {
        format!("{v:.2}")
    } else {
        "—".into()
    }
}

// ---------------------------------------------------------------------------------------
// Rendering to printpdf
// ---------------------------------------------------------------------------------------

fn pt(mm: f64) -> Pt {
    Pt((mm.clamp(-COORD_LIMIT, COORD_LIMIT) / MM_PER_PT) as f32)
}

fn point(p: [f64; 2]) -> LinePoint {
    LinePoint {
        p: Point {
            x: pt(p[0]),
            y: pt(p[1]),
        },
        bezier: false,
    }
}

fn grey(v: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: v.clamp(0.0, 1.0),
        icc_profile: None,
    })
}

/// The footer: `footer` text on the left, "page N of M" on the right, a rule above.
fn footer_cmds(
    fonts: &Fonts,
    words: &crate::buildsheet::SheetSentences,
    footer: &str,
    size: [f64; 2],
    n: usize,
    m: usize,
) -> Vec<Cmd> {
    let left = MARGIN;
    let right = size[0] - MARGIN;
    let baseline = MARGIN + 1.0;
    let page = words.fill(
        &words.page_of,
        &[("n", n.to_string()), ("m", m.to_string())],
    );
    let page_w = fonts.width(&page, FOOTER_PT, false);
    let text = fonts.truncate(
        footer,
        FOOTER_PT,
        false,
        (right - left - page_w - 5.0).max(0.0),
    );
    let mut cmds = vec![Cmd::Path {
        points: vec![[left, MARGIN + 5.0], [right, MARGIN + 5.0]],
        closed: false,
        width_pt: 0.3,
        grey: 0.5,
    }];
    if !text.is_empty() && text != "…" {
        cmds.push(Cmd::Text {
            x: left,
            y: baseline,
            size: FOOTER_PT,
            bold: false,
            grey: 0.3,
            text,
        });
    }
    cmds.push(Cmd::Text {
        x: right - page_w,
        y: baseline,
        size: FOOTER_PT,
        bold: false,
        grey: 0.3,
        text: page,
    });
    cmds
}

fn cmd_ops(
    cmd: &Cmd,
    fonts: [&printpdf::FontId; 2],
    images: &[printpdf::XObjectId],
    image_px: &[(f64, f64)],
    ops: &mut Vec<Op>,
) {
    match cmd {
        Cmd::Text {
            x,
            y,
            size,
            bold,
            grey: g,
            text,
        } => {
            if !(x.is_finite() && y.is_finite() && size.is_finite()) || text.is_empty() {
                return;
            }
            let font = fonts[usize::from(*bold)].clone();
            ops.extend([
                Op::SetFillColor { col: grey(*g) },
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(font),
                    size: Pt(size.clamp(1.0, 200.0) as f32),
                },
                Op::SetTextCursor {
                    pos: Point {
                        x: pt(*x),
                        y: pt(*y),
                    },
                },
                Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                },
                Op::EndTextSection,
            ]);
        }
        Cmd::Fill {
            x,
            y,
            w,
            h,
            grey: g,
        } => {
            if ![x, y, w, h].iter().all(|v| v.is_finite()) {
                return;
            }
            ops.extend([
                Op::SetFillColor { col: grey(*g) },
                Op::DrawRectangle {
                    rectangle: Rect {
                        x: pt(*x),
                        y: pt(*y),
                        width: pt(*w),
                        height: pt(*h),
                        mode: Some(PaintMode::Fill),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                },
            ]);
        }
        Cmd::Path {
            points,
            closed,
            width_pt,
            grey: g,
        } => {
            let points: Vec<LinePoint> = points
                .iter()
                .filter(|p| finite2(p))
                .map(|p| point(*p))
                .collect();
            if points.len() < 2 {
                return;
            }
            ops.extend([
                Op::SetOutlineColor { col: grey(*g) },
                Op::SetOutlineThickness {
                    pt: Pt(width_pt.clamp(0.05, 10.0) as f32),
                },
                Op::DrawLine {
                    line: Line {
                        points,
                        is_closed: *closed,
                    },
                },
            ]);
        }
        Cmd::Image { index, x, y, w, h } => {
            let (Some(id), Some(&(iw, ih))) = (images.get(*index), image_px.get(*index)) else {
                return;
            };
            if ![x, y, w, h].iter().all(|v| v.is_finite()) || iw <= 0.0 || ih <= 0.0 {
                return;
            }
            // At 72 dpi one pixel is one point; scale from there to the target size.
            ops.push(Op::UseXobject {
                id: id.clone(),
                transform: XObjectTransform {
                    translate_x: Some(pt(*x)),
                    translate_y: Some(pt(*y)),
                    scale_x: Some((pt(*w).0 as f64 / iw) as f32),
                    scale_y: Some((pt(*h).0 as f64 / ih) as f32),
                    dpi: Some(72.0),
                    ..Default::default()
                },
            });
        }
        Cmd::Clip { x, y, w, h } => {
            if ![x, y, w, h].iter().all(|v| v.is_finite()) {
                return;
            }
            ops.extend([
                Op::SaveGraphicsState,
                Op::DrawRectangle {
                    rectangle: Rect {
                        x: pt(*x),
                        y: pt(*y),
                        width: pt(*w),
                        height: pt(*h),
                        mode: Some(PaintMode::Clip),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                },
            ]);
        }
        Cmd::Unclip => ops.push(Op::RestoreGraphicsState),
    }
}

/// Adds `font` under the fixed resource name `name`. printpdf's own `add_font` names
/// resources from a process-wide counter, so the same build sheet made by a long-running
/// server and by the CLI would differ in bytes; fixed names keep a PDF a function of its
/// content alone. The first six letters of the name are also the font's subset tag, which
/// PDF wants as six capital letters.
fn add_font(doc: &mut PdfDocument, name: &str, font: &ParsedFont) -> printpdf::FontId {
    let id = printpdf::FontId(name.to_string());
    doc.resources
        .fonts
        .map
        .insert(id.clone(), printpdf::PdfFont::new(font.clone()));
    id
}

/// Adds image `n` of the sheet under a fixed resource name (see [`add_font`]).
fn add_image(doc: &mut PdfDocument, n: usize, image: &RawImage) -> printpdf::XObjectId {
    let id = printpdf::XObjectId(format!("Image{n}"));
    doc.resources
        .xobjects
        .map
        .insert(id.clone(), printpdf::XObject::Image(image.clone()));
    id
}

fn render(sheet: &BuildSheet, fonts: &Fonts, layout: Layout) -> Result<Vec<u8>, Error> {
    let title = clean(&sheet.title).replace('\n', " ");
    let mut doc = PdfDocument::new(&title);
    doc.metadata.info.author = clean(&sheet.authors.join(", ")).replace('\n', " ");
    doc.metadata.info.subject = clean(&sheet.summary).replace('\n', " ");
    doc.metadata.info.creator = "Barnraise".into();
    doc.metadata.info.producer = "Barnraise (printpdf)".into();
    let regular = add_font(&mut doc, "BRREGU", &fonts.regular);
    let bold = add_font(&mut doc, "BRBOLD", &fonts.bold);
    let image_px: Vec<(f64, f64)> = layout
        .images
        .iter()
        .map(|i| (i.width as f64, i.height as f64))
        .collect();
    let images: Vec<printpdf::XObjectId> = layout
        .images
        .iter()
        .enumerate()
        .map(|(n, i)| add_image(&mut doc, n, i))
        .collect();
    let count = layout.pages.len();
    let mut pages = Vec::with_capacity(count);
    for (k, page) in layout.pages.iter().enumerate() {
        let mut ops = Vec::new();
        let footer = footer_cmds(
            fonts,
            &sheet.labels.sentences,
            &sheet.footer,
            page.size,
            k + 1,
            count,
        );
        let mut clips = 0usize;
        for cmd in page.cmds.iter().chain(&footer) {
            match cmd {
                Cmd::Clip { .. } => clips += 1,
                Cmd::Unclip if clips == 0 => continue,
                Cmd::Unclip => clips -= 1,
                _ => {}
            }
            cmd_ops(cmd, [&regular, &bold], &images, &image_px, &mut ops);
        }
        ops.extend(std::iter::repeat_n(Op::RestoreGraphicsState, clips));
        pages.push(PdfPage::new(
            Mm(page.size[0] as f32),
            Mm(page.size[1] as f32),
            ops,
        ));
    }
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(ImageCompression::Flate),
            ..Default::default()
        }),
    };
    let mut warnings = Vec::new();
    let mut bytes = doc.with_pages(pages).save(&options, &mut warnings);
    if !bytes.starts_with(b"%PDF-") {
        let reasons: Vec<String> = warnings.into_iter().map(|w| w.msg).collect();
        return Err(Error::Pdf(format!(
            "printpdf wrote no PDF ({})",
            reasons.join("; ")
        )));
    }
    content_document_id(&mut bytes);
    Ok(bytes)
}

/// Replaces the trailer's `/ID` pair, which printpdf fills from a process-wide counter, with
/// one derived from the bytes before it, so the same sheet is the same file. Both strings keep
/// their length (32 bytes), so no offset in the cross-reference table moves. A file without
/// the expected trailer is left as it is.
fn content_document_id(bytes: &mut [u8]) {
    const OPEN: &[u8] = b"/ID[(";
    const ID_LEN: usize = 32;
    let Some(at) = bytes.windows(OPEN.len()).rposition(|w| w == OPEN) else {
        return;
    };
    let first = at + OPEN.len();
    let second = first + ID_LEN + 2;
    let shape_ok = bytes.len() >= second + ID_LEN + 2
        && &bytes[first + ID_LEN..second] == b")("
        && &bytes[second + ID_LEN..second + ID_LEN + 2] == b")]";
    if !shape_ok {
        return;
    }
    use sha2::Digest;
    let digest = sha2::Sha256::digest(&bytes[..at]);
    // Hex digits are plain literal-string bytes, so the strings need no escaping.
    let hex: Vec<u8> = digest
        .iter()
        .flat_map(|b| format!("{b:02X}").into_bytes())
        .collect();
    bytes[first..first + ID_LEN].copy_from_slice(&hex[..ID_LEN]);
    bytes[second..second + ID_LEN].copy_from_slice(&hex[..ID_LEN]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buildsheet::Paper;
    use crate::cut::{CutContour, CutPart, CutSheet, CutText};
    use crate::drawing::Operation;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64, kind: ContourKind) -> CutContour {
        CutContour {
            points: vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]],
            kind,
            depth: 17.4,
            tabs: false,
        }
    }

    fn part(label: &str, x: f64, y: f64, w: f64, h: f64) -> CutPart {
        CutPart {
            label: label.into(),
            instance: 1,
            contours: vec![
                rect(x + 20.0, y + 20.0, x + 38.0, y + 80.0, ContourKind::Inside),
                rect(x, y, x + w, y + h, ContourKind::Outside),
            ],
            texts: vec![CutText {
                text: label.into(),
                at: [x + w / 2.0, y + h / 2.0],
                height: 8.0,
                rotation: 0.0,
            }],
        }
    }

    /// A `w` × `h` RGB PNG with a diagonal gradient.
    fn test_png(w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        let mut data = Vec::with_capacity((w * h * 3) as usize);
        for y in 0..h {
            for x in 0..w {
                data.extend([(x * 255 / w) as u8, (y * 255 / h) as u8, 120]);
            }
        }
        writer.write_image_data(&data).unwrap();
        drop(writer);
        out
    }

    fn coupon() -> Drawing {
        let mut rings = vec![vec![[0.0, 0.0], [150.0, 0.0], [150.0, 40.0], [0.0, 40.0]]];
        for k in 0..4 {
            let x = 15.0 + k as f64 * 35.0;
            let w = 17.7 + (k as f64 - 1.0) * 0.25;
            rings.push(vec![[x, 15.0], [x + w, 15.0], [x + w, 40.0], [x, 40.0]]);
        }
        let mut items = vec![Item::Shape {
            rings,
            operation: Operation::Cut,
        }];
        for k in 0..4 {
            items.push(Item::Text {
                text: format!("{}", k + 1),
                at: [24.0 + k as f64 * 35.0, 7.0],
                height: 5.0,
                operation: Operation::Engrave,
            });
        }
        Drawing {
            width: 150.0,
            height: 40.0,
            items,
        }
    }

    /// A realistic sheet: 25 BOM rows, 40 cut rows, 2 nested sheets, 3 long steps.
    fn sample() -> BuildSheet {
        let materials = ["Birch plywood 18 mm", "Poplar plywood 6 mm"];
        let bom = (0..25)
            .map(|i| BomRow {
                item: if i == 0 {
                    "Birch plywood 18 mm, 2440 × 1220 (measured 17.4 mm)".into()
                } else if i == 3 {
                    "Échelle rung dowel, beech, 28 mm diameter, cut to length on site".into()
                } else {
                    format!("M{} × {} bolt, zinc plated", 4 + i % 5, 20 + i * 5)
                },
                quantity: format!("{}", 1 + i % 7),
                unit: if i == 0 { "sheet".into() } else { "pcs".into() },
                unit_cost: 0.35 + i as f64 * 1.1,
                total: (0.35 + i as f64 * 1.1) * (1 + i % 7) as f64,
                supplier: (i % 3 != 0).then(|| format!("Supplier {}", i % 4)),
            })
            .collect::<Vec<_>>();
        let bom_total = bom.iter().map(|r| r.total).sum();
        let cut_list = (0..40)
            .map(|i| CutRow {
                label: format!("C{}", i + 1),
                name: if i == 7 {
                    "Sämaschine side panel with a rather long descriptive name".into()
                } else {
                    format!("Part {}", i + 1)
                },
                quantity: 1 + i % 3,
                material: materials[(i % 2) as usize].into(),
                thickness: if i % 2 == 0 { 17.4 } else { 5.8 },
                size: [100.0 + i as f64 * 10.0, 50.0 + i as f64 * 3.5],
            })
            .collect();
        let sheet = |index: u32, labels: &[&str]| SheetPage {
            sheet: CutSheet {
                width: 2440.0,
                height: 1220.0,
                thickness: 17.4,
                index,
                title: format!("Sämaschine — birch 18 mm — sheet {index}"),
                parts: labels
                    .iter()
                    .enumerate()
                    .map(|(k, l)| {
                        part(
                            l,
                            20.0 + k as f64 * 420.0,
                            20.0 + (k % 2) as f64 * 600.0,
                            400.0,
                            500.0,
                        )
                    })
                    .collect(),
            },
            material: materials[0].into(),
            utilisation: 0.634,
            of: 2,
        };
        let long = "Dry-fit the two side panels into the base before you glue anything. \
                    Check that the slots close without a hammer; if they need force, sand \
                    the tenons lightly rather than the slots. "
            .repeat(6);
        BuildSheet {
            paper: Paper::A4,
            labels: SheetLabels::default(),
            title: "Sämaschine".into(),
            summary: "A push seeder for market gardens: plates for carrots, beets and onions. \
                      Échelle 1:1 coupon included."
                .into(),
            version: "1.2.0".into(),
            revision: Some("1a2b3c4d5e6f7a8b9c0d".into()),
            licence: "CERN-OHL-S-2.0".into(),
            obligations: vec![
                "Keep the licence notice and this source location with every copy.".into(),
                "Share modified designs under the same licence and publish their source.".into(),
            ],
            authors: vec!["Example Maker".into(), "Jonas Müller".into()],
            lineage: vec!["Forked from push-seeder-plates at 1a2b3c4 (store farmhack)".into()],
            contributors: vec![
                "Example Maker — 12 commits".into(),
                "Jonas Müller — 3 commits".into(),
            ],
            url: "https://barnraise.example/designs/saemaschine".into(),
            log_build_url:
                "https://barnraise.example/designs/saemaschine/builds/new?job=0123456789abcdef"
                    .into(),
            preview_png: Some(test_png(240, 160)),
            preview: None,
            made_at: Some("Example CNC Workshop — ShopBot, 6.35 mm bit".into()),
            currency: "EUR".into(),
            bom,
            bom_total,
            cut_list,
            sheets: vec![
                sheet(1, &["A1", "A2", "B1", "B2", "C1"]),
                sheet(2, &["D1", "D2", "E1"]),
            ],
            tools: vec![
                "Drill with 6 mm bit".into(),
                "Clamps (4)".into(),
                "Wood glue".into(),
            ],
            steps: vec![
                Step {
                    title: "Dry-fit the frame".into(),
                    text: long.clone(),
                    parts: vec!["A1".into(), "A2".into(), "B1".into()],
                    image_png: Some(test_png(300, 200)),
                },
                Step {
                    title: "Glue and clamp".into(),
                    text: long.clone(),
                    parts: vec!["B2".into(), "C1".into()],
                    image_png: None,
                },
                Step {
                    title: "Fit the seed plates".into(),
                    text: long,
                    parts: vec!["D1".into(), "D2".into(), "E1".into()],
                    image_png: None,
                },
            ],
            fit_test: Some(FitTest {
                thickness: 17.4,
                slot_width: 17.7,
                offsets: vec![-0.25, 0.0, 0.25, 0.5],
                coupon: coupon(),
            }),
            footer: "Barnraise · saemaschine 1.2.0 · CERN-OHL-S-2.0".into(),
        }
    }

    fn empty() -> BuildSheet {
        BuildSheet {
            paper: Paper::Letter,
            labels: SheetLabels::default(),
            title: String::new(),
            summary: String::new(),
            version: String::new(),
            revision: None,
            licence: String::new(),
            obligations: vec![],
            authors: vec![],
            lineage: vec![],
            contributors: vec![],
            url: String::new(),
            log_build_url: String::new(),
            preview_png: None,
            preview: None,
            made_at: None,
            currency: String::new(),
            bom: vec![],
            bom_total: 0.0,
            cut_list: vec![],
            sheets: vec![],
            tools: vec![],
            steps: vec![],
            fit_test: None,
            footer: String::new(),
        }
    }

    /// Counts `/Type /Page` objects (not `/Pages`) in uncompressed object headers.
    fn count_pages(pdf: &[u8]) -> usize {
        let text = String::from_utf8_lossy(pdf);
        let mut n = 0;
        for pat in ["/Type /Page", "/Type/Page"] {
            let mut rest: &str = &text;
            while let Some(i) = rest.find(pat) {
                rest = &rest[i + pat.len()..];
                if !rest.starts_with('s') {
                    n += 1;
                }
            }
        }
        n
    }

    fn tool(name: &str) -> Option<PathBuf> {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(name))
                .find(|p| p.is_file())
        })
    }

    fn temp_pdf(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("barnraise-pdf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn run(tool: &Path, args: &[&str]) -> (bool, String) {
        let out = Command::new(tool).args(args).output().unwrap();
        let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&out.stderr));
        (out.status.success(), text)
    }

    #[test]
    fn writes_a_pdf_with_the_planned_pages() {
        let sheet = sample();
        let (bytes, plan) = write_pdf_with_plan(&sheet).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(plan, page_plan(&sheet).unwrap());
        let count = |k: PageKind| plan.iter().filter(|p| **p == k).count();
        assert_eq!(plan[0], PageKind::Cover);
        assert_eq!(count(PageKind::Cover), 1);
        let bom = count(PageKind::BillOfMaterials);
        let cut = count(PageKind::CutList);
        let asm = count(PageKind::Assembly);
        assert!((1..=2).contains(&bom), "{plan:?}");
        assert!((1..=2).contains(&cut), "{plan:?}");
        assert!(asm >= 1, "{plan:?}");
        assert_eq!(count(PageKind::FitTest), 1);
        let mut expected = vec![PageKind::Cover];
        expected.extend(std::iter::repeat_n(PageKind::BillOfMaterials, bom));
        expected.extend(std::iter::repeat_n(PageKind::CutList, cut));
        expected.extend([PageKind::Sheet(0), PageKind::Sheet(1)]);
        expected.extend(std::iter::repeat_n(PageKind::Assembly, asm));
        expected.push(PageKind::FitTest);
        assert_eq!(plan, expected);
        // This sample: 25 BOM rows fit one page, 40 cut rows need two.
        assert_eq!((bom, cut), (1, 2), "{plan:?}");
        assert_eq!(count_pages(&bytes), plan.len());
        if let Ok(dir) = std::env::var("BARNRAISE_PDF_SAMPLE_DIR") {
            std::fs::write(Path::new(&dir).join("build-sheet-sample.pdf"), &bytes).unwrap();
        }
        println!(
            "sample build sheet: {} bytes, {} pages: {plan:?}",
            bytes.len(),
            plan.len()
        );
        // Subset fonts keep the file small (the two full faces alone are 1.4 MB).
        assert!(bytes.len() < 400_000, "{} bytes", bytes.len());
    }

    #[test]
    fn text_stays_inside_the_content_box() {
        let mut letter = sample();
        letter.paper = Paper::Letter;
        let mut long_url = sample();
        long_url.url = format!("https://example.invalid/{}", "segment/".repeat(180));
        for sheet in [sample(), letter, odd(), long_url] {
            check_content_box(&sheet);
        }
    }

    #[test]
    fn a_picture_used_by_several_steps_is_decoded_once() {
        let mut sheet = sample();
        let png = test_png(300, 200);
        sheet.preview_png = None;
        for step in &mut sheet.steps {
            step.image_png = Some(png.clone());
        }
        assert!(sheet.steps.len() >= 2);
        let fonts = Fonts::load().unwrap();
        assert_eq!(lay_out(&sheet, &fonts).images.len(), 1);
    }

    #[test]
    fn the_same_sheet_gives_the_same_bytes_however_many_were_made_before() {
        let mut sheet = sample();
        sheet.preview_png = Some(test_png(120, 90));
        let (first, _) = write_pdf_with_plan(&sheet).unwrap();
        // Other documents in the same process (a server makes many) change nothing.
        for _ in 0..3 {
            write_pdf_with_plan(&empty()).unwrap();
        }
        let (again, _) = write_pdf_with_plan(&sheet).unwrap();
        assert!(
            first == again,
            "the PDF depends on what the process made before"
        );
    }

    fn check_content_box(sheet: &BuildSheet) {
        let fonts = Fonts::load().unwrap();
        let layout = lay_out(sheet, &fonts);
        for (n, page) in layout.pages.iter().enumerate() {
            let [w, h] = page.size;
            for cmd in &page.cmds {
                if let Cmd::Text {
                    x,
                    y,
                    size,
                    bold,
                    text,
                    ..
                } = cmd
                {
                    let tw = fonts.width(text, *size, *bold);
                    let descent = 0.24 * size * MM_PER_PT;
                    assert!(*x >= MARGIN - 1e-6, "page {n}: {text:?} at x = {x}");
                    assert!(
                        x + tw <= w - MARGIN + 1e-6,
                        "page {n}: {text:?} ends at {}",
                        x + tw
                    );
                    assert!(
                        y - descent >= MARGIN + FOOTER_BAND - 1e-6,
                        "page {n}: {text:?} runs into the footer (baseline {y})"
                    );
                    assert!(*y <= h - MARGIN, "page {n}: {text:?} above the top margin");
                }
                if let Cmd::Image {
                    x, y, w: iw, h: ih, ..
                } = cmd
                {
                    assert!(*x >= MARGIN - 1e-6 && x + iw <= w - MARGIN + 1e-6);
                    assert!(*y >= MARGIN + FOOTER_BAND - 1e-6 && y + ih <= h - MARGIN + 1e-6);
                }
            }
        }
        // Every label of the sheet pages is printed.
        for (i, page) in sheet.sheets.iter().enumerate() {
            let texts: Vec<&str> = layout
                .pages
                .iter()
                .filter(|p| p.kind == PageKind::Sheet(i))
                .flat_map(|p| &p.cmds)
                .filter_map(|c| match c {
                    Cmd::Text { text, size, .. } => {
                        assert!(*size >= 5.0);
                        Some(text.as_str())
                    }
                    _ => None,
                })
                .collect();
            let drawn = usable_size(page.sheet.width) && usable_size(page.sheet.height);
            let placed = |p: &&CutPart| !p.contours.is_empty() || !p.texts.is_empty();
            for part in page.sheet.parts.iter().filter(placed).filter(|_| drawn) {
                assert!(
                    texts.contains(&part.label.as_str()),
                    "{} missing",
                    part.label
                );
            }
        }
    }

    #[test]
    fn wrapping_measures_glyphs_and_breaks_long_words() {
        let fonts = Fonts::load().unwrap();
        let text = "Sämaschine Échelle ".repeat(20) + &"x".repeat(300) + "\n\nend";
        let lines = fonts.wrap(&text, 10.0, false, 60.0);
        assert!(lines.len() > 10);
        for line in &lines {
            assert!(fonts.width(line, 10.0, false) <= 60.0 + 1e-9, "{line:?}");
        }
        assert_eq!(lines.last().map(String::as_str), Some("end"));
        assert!(lines.iter().any(String::is_empty), "blank line kept");
        // Widths come from the font: "W" is wider than "i".
        assert!(fonts.width("W", 10.0, false) > 2.0 * fonts.width("i", 10.0, false));
        assert!(fonts.width("abc", 10.0, true) > fonts.width("abc", 10.0, false));
        // Degenerate widths still make progress, one character per line.
        assert_eq!(fonts.wrap("abc", 10.0, false, 0.0).len(), 3);
        assert_eq!(fonts.wrap("", 10.0, false, 50.0), vec![String::new()]);
        let short = fonts.truncate(&"long footer ".repeat(50), 8.0, false, 40.0);
        assert!(short.ends_with('…') && fonts.width(&short, 8.0, false) <= 40.0);
    }

    #[test]
    fn helpers_format_numbers() {
        assert_eq!(nice_ratio(0.5), 1.0);
        assert_eq!(nice_ratio(1.0), 1.0);
        assert_eq!(nice_ratio(11.2), 12.5);
        assert_eq!(nice_ratio(13.6), 15.0);
        assert_eq!(nice_ratio(8.1), 10.0);
        assert_eq!(nice_ratio(f64::NAN), 1.0);
        assert_eq!(scale_text(12.5), "1:12.5");
        assert_eq!(money(3.456, "EUR"), "3.46 EUR");
        assert_eq!(money(f64::NAN, "EUR"), "—");
        assert_eq!(
            format!("{} mm ({})", fixed2(17.7 - 0.25), signed(-0.25)),
            "17.45 mm (−0.25)"
        );
        assert_eq!(signed(0.25), "+0.25");
        assert_eq!(signed(0.0), "±0.00");
        assert_eq!(png_size(&test_png(7, 5)), Some((7, 5)));
        assert_eq!(png_size(b"GIF89a"), None);
    }

    #[test]
    fn empty_sheet_is_a_cover_page() {
        let (bytes, plan) = write_pdf_with_plan(&empty()).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(plan, vec![PageKind::Cover]);
    }

    /// The sample with odd values everywhere.
    fn odd() -> BuildSheet {
        let mut sheet = sample();
        sheet.paper = Paper::Letter;
        sheet.title = "W".repeat(5000);
        sheet.summary = "word ".repeat(20_000);
        sheet.url = "https://example.invalid/".to_string() + &"x".repeat(5000);
        sheet.preview_png = Some(b"\x89PNG\r\n\x1a\nnot really".to_vec());
        sheet.bom[0].unit_cost = f64::NAN;
        sheet.bom[1].total = f64::INFINITY;
        sheet.bom[2].item = "\t\u{0}\u{7}control\r\ncharacters 漢字 🙂".into();
        sheet.bom_total = f64::NEG_INFINITY;
        sheet.cut_list[0].size = [f64::NAN, -1.0];
        sheet.cut_list[1].name = "y".repeat(3000);
        sheet.sheets[0].sheet.width = f64::NAN;
        sheet.sheets[1].sheet.parts[0].contours[0].points[1] = [f64::INFINITY, 1e300];
        sheet.sheets[1].sheet.parts[1].contours.clear();
        sheet.sheets[1].sheet.parts[2].contours.clear();
        sheet.sheets[1].sheet.parts[2].texts.clear();
        sheet.sheets[1].utilisation = f64::NAN;
        sheet.steps[0].image_png = Some(test_png(4000, 20));
        sheet.steps[1].text = "z".repeat(100_000);
        sheet.steps[2].image_png = Some(vec![]);
        if let Some(fit) = sheet.fit_test.as_mut() {
            fit.slot_width = f64::NAN;
            fit.offsets = (0..80).map(|k| k as f64 * 0.05 - 2.0).collect();
            fit.coupon.width = 5000.0;
        }
        sheet
    }

    #[test]
    fn odd_input_does_not_panic() {
        let sheet = odd();
        let (bytes, plan) = write_pdf_with_plan(&sheet).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(plan.first(), Some(&PageKind::Cover));
        assert_eq!(plan.last(), Some(&PageKind::FitTest));
        let path = temp_pdf("odd.pdf", &bytes);
        if let Some(qpdf) = tool("qpdf") {
            let (ok, out) = run(&qpdf, &["--check", path.to_str().unwrap()]);
            assert!(
                ok && !out.contains("WARNING"),
                "qpdf --check failed:\n{out}"
            );
        }
        let _ = std::fs::remove_file(&path);

        let mut sheet = empty();
        sheet.preview = Some(Drawing {
            width: f64::NAN,
            height: 0.0,
            items: vec![
                Item::Shape {
                    rings: vec![
                        vec![[0.0, 0.0], [f64::NAN, 3.0], [80.0, 40.0], [0.0, 40.0]],
                        vec![],
                    ],
                    operation: Operation::Cut,
                },
                Item::Text {
                    text: "Échelle".into(),
                    at: [40.0, 20.0],
                    height: f64::NAN,
                    operation: Operation::Engrave,
                },
            ],
        });
        sheet.fit_test = Some(FitTest {
            thickness: f64::NAN,
            slot_width: 0.0,
            offsets: vec![],
            coupon: Drawing::default(),
        });
        sheet.steps = vec![Step {
            title: String::new(),
            text: String::new(),
            parts: vec![],
            image_png: None,
        }];
        let (bytes, plan) = write_pdf_with_plan(&sheet).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(
            plan,
            vec![PageKind::Cover, PageKind::Assembly, PageKind::FitTest]
        );
    }

    /// Checks with qpdf and poppler when they are installed (`apt-get install qpdf
    /// poppler-utils`); each missing tool skips its part with a notice.
    #[test]
    fn external_tools_accept_the_pdf() {
        let mut sheet = sample();
        // The vector preview path, with Échelle set as drawing text.
        sheet.preview_png = None;
        sheet.preview = Some(Drawing {
            width: 300.0,
            height: 120.0,
            items: vec![
                Item::Shape {
                    rings: vec![
                        vec![[0.0, 0.0], [300.0, 0.0], [300.0, 120.0], [0.0, 120.0]],
                        vec![[20.0, 20.0], [60.0, 20.0], [60.0, 100.0], [20.0, 100.0]],
                    ],
                    operation: Operation::Cut,
                },
                Item::Text {
                    text: "Échelle".into(),
                    at: [150.0, 60.0],
                    height: 12.0,
                    operation: Operation::Engrave,
                },
            ],
        });
        let (bytes, plan) = write_pdf_with_plan(&sheet).unwrap();
        let path = temp_pdf("sample.pdf", &bytes);
        let file = path.to_str().unwrap();

        match tool("qpdf") {
            Some(qpdf) => {
                let (ok, out) = run(&qpdf, &["--check", file]);
                assert!(ok, "qpdf --check failed:\n{out}");
                assert!(!out.contains("WARNING"), "qpdf warnings:\n{out}");
            }
            None => eprintln!("notice: qpdf not installed, skipping qpdf --check"),
        }
        match tool("pdfinfo") {
            Some(pdfinfo) => {
                let (ok, out) = run(&pdfinfo, &[file]);
                assert!(ok, "pdfinfo failed:\n{out}");
                let pages = out
                    .lines()
                    .find_map(|l| l.strip_prefix("Pages:"))
                    .map(|v| v.trim().parse::<usize>().unwrap());
                assert_eq!(pages, Some(plan.len()), "{out}");
                assert!(out.contains("(A4)"), "A4 expected:\n{out}");
            }
            None => eprintln!("notice: pdfinfo not installed, skipping the page count check"),
        }
        match tool("pdftotext") {
            Some(pdftotext) => {
                let txt = path.with_extension("txt");
                let (ok, out) = run(&pdftotext, &["-enc", "UTF-8", file, txt.to_str().unwrap()]);
                assert!(ok, "pdftotext failed:\n{out}");
                let text = std::fs::read_to_string(&txt).unwrap();
                for word in [
                    "Sämaschine",
                    "Échelle",
                    "page 1 of",
                    "Bill of materials",
                    "scale 1:10",
                ] {
                    assert!(text.contains(word), "{word:?} not extracted");
                }
                assert!(text.contains("17.45 mm (−0.25)"), "fit-test table missing");
                assert!(text.contains("1a2b3c4d5e6f") && !text.contains("1a2b3c4d5e6f7"));
                let words: Vec<&str> = text.split_whitespace().collect();
                for page in &sheet.sheets {
                    for part in &page.sheet.parts {
                        assert!(words.contains(&part.label.as_str()), "{}", part.label);
                    }
                }
                for row in &sheet.cut_list {
                    assert!(words.contains(&row.label.as_str()), "{}", row.label);
                }
            }
            None => eprintln!("notice: pdftotext not installed, skipping text extraction"),
        }
        match tool("pdftoppm") {
            Some(pdftoppm) => {
                let prefix = path.with_extension("");
                let (ok, out) = run(
                    &pdftoppm,
                    &[
                        "-r",
                        "30",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-png",
                        "-singlefile",
                        file,
                        prefix.to_str().unwrap(),
                    ],
                );
                assert!(ok, "pdftoppm failed:\n{out}");
                let file = std::fs::File::open(prefix.with_extension("png")).unwrap();
                let mut reader = png::Decoder::new(std::io::BufReader::new(file))
                    .read_info()
                    .unwrap();
                let mut buf = vec![0; reader.output_buffer_size().unwrap()];
                let info = reader.next_frame(&mut buf).unwrap();
                let channels = info.color_type.samples();
                let pixels = &buf[..info.buffer_size()];
                let total = pixels.len() / channels;
                let dark = pixels
                    .chunks(channels)
                    .filter(|p| p.iter().take(3.min(channels)).any(|v| *v < 200))
                    .count();
                let share = dark as f64 / total as f64;
                assert!(
                    share > 0.01,
                    "first page is blank ({:.2} % ink)",
                    share * 100.0
                );
            }
            None => eprintln!("notice: pdftoppm not installed, skipping the render check"),
        }
        for ext in ["pdf", "txt", "png"] {
            let _ = std::fs::remove_file(path.with_extension(ext));
        }
    }
}
