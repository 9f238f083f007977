/**
 * A picture of a chart as the sheet view draws it, for the saved .xlsx: exceljs cannot write
 * charts, so the file gets a PNG of the drawing at the chart's place instead (issue 11). Works
 * on any drawn chart figure (line, stacked columns, whatever ChartFigure draws): its heading
 * above, its SVG, and the texts below it (the legend), each in its on-screen colour.
 *
 * The SVG's colours are Fluent tokens (CSS variables) that only resolve inside the page, so
 * every SVG element gets its computed paint written on it before the SVG becomes an image;
 * the image is a data: URL (the page's CSP allows data: images), drawn on a canvas at twice
 * the on-screen size for a sharp picture.
 */

/** A chart picture: PNG as a data URL and its size in (screen) pixels. */
export interface ChartPicture {
  png: string;
  width: number;
  height: number;
}

const SCALE = 2;
const PADDING = 8;
const LINE_GAP = 4;
/** SVG paint and text properties that decide how the drawing looks */
const SVG_STYLE = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "opacity", "visibility", "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline"];

/** A copy of `svg` with every element's computed look written on it, and a fixed size. */
function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll("*"))];
  const copies = [copy, ...Array.from(copy.querySelectorAll("*"))];
  originals.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const target = copies[i] as SVGElement;
    target.removeAttribute("class");
    target.setAttribute("style", SVG_STYLE.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(";"));
  });
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  return new XMLSerializer().serializeToString(copy);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("chart image"));
    image.src = url;
  });
}

interface TextLine {
  text: string;
  element: Element;
  color: string;
  font: string;
}

/** The visible texts of the figure outside its SVG, before and after it, with their look. */
function textsAround(figure: HTMLElement, svg: SVGSVGElement): { above: TextLine[]; below: TextLine[] } {
  const above: TextLine[] = [];
  const below: TextLine[] = [];
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? "";
    const parent = node.parentElement;
    if (!text || !parent || svg.contains(parent)) continue;
    const lines = svg.compareDocumentPosition(parent) & Node.DOCUMENT_POSITION_PRECEDING ? above : below;
    // React splits "― {name}" into two text nodes of one element: one entry
    const last = lines[lines.length - 1];
    if (last?.element === parent) {
      last.text = `${last.text} ${text}`;
      continue;
    }
    const style = getComputedStyle(parent);
    lines.push({ text, color: style.color, font: `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, element: parent });
  }
  return { above, below };
}

function fontHeight(font: string): number {
  const size = /(\d+(?:\.\d+)?)px/.exec(font);
  return size ? Number(size[1]) : 12;
}

/** Draws one figure (as rendered in the page) onto a canvas and returns it as a PNG. */
export async function chartPicture(figure: HTMLElement): Promise<ChartPicture> {
  const svg = figure.querySelector("svg");
  if (!svg) throw new Error("chart without svg");
  const box = svg.viewBox.baseVal;
  const svgWidth = box && box.width > 0 ? box.width : svg.getBoundingClientRect().width;
  const svgHeight = box && box.height > 0 ? box.height : svg.getBoundingClientRect().height;
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg, svgWidth, svgHeight))}`);
  const { above, below } = textsAround(figure, svg);

  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  const width = svgWidth + 2 * PADDING;
  const lineHeight = (line: TextLine) => fontHeight(line.font) + LINE_GAP;
  // legend entries flow in a row, wrapping at the picture's width
  const belowRows: TextLine[][] = [];
  let row: TextLine[] = [];
  let used = 0;
  for (const line of below) {
    context.font = line.font;
    const w = context.measureText(line.text).width + 3 * PADDING;
    if (row.length > 0 && used + w > width - PADDING) {
      belowRows.push(row);
      row = [];
      used = 0;
    }
    row.push(line);
    used += w;
  }
  if (row.length > 0) belowRows.push(row);
  const aboveHeight = above.reduce((h, line) => h + lineHeight(line), 0);
  const belowHeight = belowRows.reduce((h, r) => h + Math.max(...r.map(lineHeight)), 0);
  const height = PADDING + aboveHeight + svgHeight + belowHeight + PADDING;

  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil(height * SCALE);
  context.scale(SCALE, SCALE);
  context.fillStyle = "#FFFFFF";
  context.fillRect(0, 0, width, height);
  context.textBaseline = "top";
  let y = PADDING;
  for (const line of above) {
    context.font = line.font;
    context.fillStyle = line.color;
    context.fillText(line.text, PADDING, y, width - 2 * PADDING);
    y += lineHeight(line);
  }
  context.drawImage(image, PADDING, y, svgWidth, svgHeight);
  y += svgHeight;
  for (const r of belowRows) {
    let x = PADDING;
    for (const line of r) {
      context.font = line.font;
      context.fillStyle = line.color;
      context.fillText(line.text, x, y);
      x += context.measureText(line.text).width + 3 * PADDING;
    }
    y += Math.max(...r.map(lineHeight));
  }
  return { png: canvas.toDataURL("image/png"), width: Math.round(width), height: Math.round(height) };
}
