import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VendorGrade } from './api';

/** Score per year (0–100), each point labelled with its grade (loaded lazily with the tab: recharts is large). */
export default function GradeTrendChart({ grades, scoreLabel }: { grades: VendorGrade[]; scoreLabel: string }) {
  const data = grades.map((g) => ({ name: `${g.year}`, score: g.score, grade: g.grade, campaign: g.campaignName }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis domain={[0, 100]} />
        <Tooltip formatter={(value) => [value, scoreLabel]} />
        <Line type="monotone" dataKey="score" stroke="#1677ff" strokeWidth={2} isAnimationActive={false}>
          <LabelList dataKey="grade" position="top" />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
