import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
} from "chart.js";
import { useEffect, useRef } from "react";
import { formatFigure } from "../lib/format";

/*
 * Loaded on demand (React.lazy) by the series page only: Chart.js stays out of the app's first
 * load. Only the pieces a line chart needs are registered, so the rest of Chart.js is left out.
 */
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export type LineStyle = "programme" | "target" | "commune" | "territory" | "population";

export interface ChartLine {
  label: string;
  style: LineStyle;
  /** One per label; null where there is no value (the line breaks, except the target's). */
  values: (number | null)[];
}

/*
 * Lines differ by dash and point shape as well as by colour, so they can be told apart without
 * colour; every colour has at least 3:1 contrast on white (WCAG 1.4.11).
 */
const styles: Record<LineStyle, Partial<ChartDataset<"line">>> = {
  programme: {
    borderColor: "#0b5563",
    backgroundColor: "#0b5563",
    borderWidth: 3,
    pointStyle: "circle",
    pointRadius: 4,
  },
  target: {
    borderColor: "#6a4200",
    backgroundColor: "#6a4200",
    borderWidth: 2,
    borderDash: [8, 6],
    pointStyle: "rect",
    pointRadius: 4,
    spanGaps: true,
  },
  commune: {
    borderColor: "#a4262c",
    backgroundColor: "#a4262c",
    borderWidth: 3,
    pointStyle: "triangle",
    pointRadius: 5,
  },
  territory: {
    borderColor: "#47555b",
    backgroundColor: "#47555b",
    borderWidth: 2,
    borderDash: [2, 4],
    pointStyle: "rectRot",
    pointRadius: 4,
  },
  population: {
    borderColor: "#1c2529",
    backgroundColor: "#1c2529",
    borderWidth: 2,
    borderDash: [12, 4, 2, 4],
    pointStyle: "crossRot",
    pointRadius: 5,
  },
};

const ink = "#1c2529";

export default function SeriesChart({
  labels,
  lines,
  unit,
  description,
}: {
  labels: readonly string[];
  lines: readonly ChartLine[];
  unit: string;
  /** What the chart shows, in words: the canvas's accessible name. */
  description: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        labels: [...labels],
        datasets: lines.map((line) => ({ label: line.label, data: [...line.values], ...styles[line.style] })),
      },
      options: {
        locale: "fr-FR",
        // No motion: nothing to gain from it, and some people are made unwell by it.
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { ticks: { color: ink, font: { size: 13 } } },
          y: { ticks: { color: ink, font: { size: 13 }, callback: (value) => formatFigure(Number(value), unit) } },
        },
        plugins: {
          legend: {
            position: "bottom",
            labels: { color: ink, usePointStyle: true, font: { size: 14 }, padding: 16 },
          },
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label ?? ""} : ${formatFigure(item.parsed.y, unit)}` },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, lines, unit]);

  return (
    <div className="series-chart__canvas">
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}
