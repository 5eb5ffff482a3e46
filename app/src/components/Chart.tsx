// An Apache ECharts chart as a React component (SVG renderer: crisp, and readable by tests). The whole library is
// bundled: the hand-picked modular build missed a piece that mixed bar/line charts with a legend need.
import { useEffect, useRef } from "react";
import * as echarts from "echarts";

export type ChartOption = echarts.EChartsOption;

/** `label` describes the chart for screen readers; `testId` lets tests find it. */
export function Chart({
  option,
  label,
  height = 280,
  testId,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  testId?: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    chart.current = echarts.init(element.current!, undefined, { renderer: "svg" });
    const resize = () => chart.current?.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={element} className="chart" role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}
