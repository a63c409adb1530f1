import { niceCeiling } from "../stats";
import styles from "./progress.module.css";

export interface ChartPoint {
  /** Short axis label (every seventh day is drawn). */
  label: string;
  /** Full date for the data table. */
  date: string;
  value: number;
  /** A second number for the table only (e.g. correct answers). */
  extra?: number;
}

interface Props {
  id: string;
  title: string;
  /** What a screen reader hears for the picture: the gist, with the table below for the numbers. */
  description: string;
  kind: "bar" | "line";
  points: ChartPoint[];
  goal?: number;
  goalLabel?: string;
  headers: { date: string; value: string; extra?: string };
  showTable: string;
}

const W = 640;
const H = 220;
const M = { top: 14, right: 12, bottom: 28, left: 40 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/** A server-drawn SVG chart over days, with the same numbers as a table. */
export function TimeChart({ id, title, description, kind, points, goal, goalLabel, headers, showTable }: Props) {
  const max = niceCeiling(Math.max(0, goal ?? 0, ...points.map((p) => p.value)));
  const band = PLOT_W / Math.max(points.length, 1);
  const y = (value: number) => M.top + PLOT_H * (1 - value / max);
  const ticks = [0, max / 2, max].filter((tick) => Number.isInteger(tick));
  const xCenter = (index: number) => M.left + band * (index + 0.5);
  const line = points.map((p, i) => `${xCenter(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");

  return (
    <figure className={styles.figure} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={description}
        data-testid={`${id}-chart`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} />
            <text className={styles.tick} x={M.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {kind === "bar"
          ? points.map((p, i) =>
              p.value > 0 ? (
                <rect
                  key={p.date}
                  className={goal && p.value >= goal ? styles.barMet : styles.bar}
                  x={M.left + band * i + band * 0.15}
                  width={band * 0.7}
                  y={y(p.value)}
                  height={M.top + PLOT_H - y(p.value)}
                />
              ) : null,
            )
          : points.length > 0 && (
              <>
                <polygon
                  className={styles.area}
                  points={`${xCenter(0)},${y(0)} ${line} ${xCenter(points.length - 1)},${y(0)}`}
                />
                <polyline className={styles.line} points={line} />
              </>
            )}
        {goal ? (
          <>
            <line className={styles.goal} x1={M.left} x2={W - M.right} y1={y(goal)} y2={y(goal)} />
            <text className={styles.goalText} x={W - M.right} y={y(goal) - 4} textAnchor="end">
              {goalLabel}
            </text>
          </>
        ) : null}
        <line className={styles.axis} x1={M.left} x2={W - M.right} y1={M.top + PLOT_H} y2={M.top + PLOT_H} />
        {points.map((p, i) =>
          (points.length - 1 - i) % 7 === 0 ? (
            <text key={p.date} className={styles.tick} x={xCenter(i)} y={H - 8} textAnchor="middle">
              {p.label}
            </text>
          ) : null,
        )}
      </svg>
      <details>
        <summary>{showTable}</summary>
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{headers.date}</th>
                <th scope="col" className={styles.num}>
                  {headers.value}
                </th>
                {headers.extra ? (
                  <th scope="col" className={styles.num}>
                    {headers.extra}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.date}>
                  <th scope="row">{p.date}</th>
                  <td className={styles.num}>{p.value}</td>
                  {headers.extra ? <td className={styles.num}>{p.extra ?? 0}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
