import dayjs from 'dayjs';

/** A timestamp as the jobs pages show it; a dash when absent. */
export const when = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');
