import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import type { EvaluationResultsResponse } from './api';

const COLOURS = ['#1677ff', '#fa541c', '#52c41a', '#722ed1', '#faad14', '#13c2c2', '#eb2f96', '#2f54eb'];

/** Dimension scores (0–100) per vendor on one radar chart. */
export function EvaluationRadar({ results }: { results: EvaluationResultsResponse }) {
  const dimensions = results.vendors[0]?.dimensions.map((d) => d.dimension) ?? [];
  const data = dimensions.map((dimension) => {
    const row: Record<string, string | number> = { dimension };
    for (const v of results.vendors) row[v.vendorId] = v.dimensions.find((d) => d.dimension === dimension)?.score ?? 0;
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={360}>
      <RadarChart data={data} outerRadius="70%">
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" />
        <PolarRadiusAxis domain={[0, 100]} angle={90} />
        {results.vendors.map((v, i) => (
          <Radar
            key={v.vendorId}
            name={v.name}
            dataKey={v.vendorId}
            stroke={COLOURS[i % COLOURS.length]}
            fill={COLOURS[i % COLOURS.length]}
            fillOpacity={0.12}
          />
        ))}
        <Legend />
        <Tooltip />
      </RadarChart>
    </ResponsiveContainer>
  );
}
