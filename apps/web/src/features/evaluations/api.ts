import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateEvaluationTemplateRequest,
  EvaluationTemplate,
  UpdateEvaluationTemplateRequest,
} from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import type {
  CreateEvaluationRequest,
  Evaluation,
  EvaluationResultsResponse,
  PanelMember,
  SaveScoresRequest,
  ScoreSheet,
} from '@thirdline/shared/evaluations/evaluations.schemas';
import { api, downloadUrl } from '../../api/client';

export const TEMPLATES = '/evaluation-templates';
export const EVALUATIONS = '/evaluations';

export type { Evaluation, EvaluationResultsResponse, EvaluationTemplate, PanelMember, ScoreSheet };
export interface Panel {
  departments: number;
  members: PanelMember[];
}

export function useTemplates() {
  return useQuery({
    queryKey: [TEMPLATES],
    queryFn: () => api.get<{ items: EvaluationTemplate[] }>(TEMPLATES),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: [TEMPLATES] });
    await queryClient.invalidateQueries({ queryKey: [EVALUATIONS] });
    await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
  };
}

export function useSaveTemplate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id?: string;
      body: CreateEvaluationTemplateRequest | UpdateEvaluationTemplateRequest;
    }) =>
      id ? api.put<EvaluationTemplate>(`${TEMPLATES}/${id}`, body) : api.post<EvaluationTemplate>(TEMPLATES, body),
    onSuccess: invalidate,
  });
}

export function useEvaluation(id: string | undefined) {
  return useQuery({
    queryKey: [EVALUATIONS, id],
    queryFn: () => api.get<Evaluation>(`${EVALUATIONS}/${id}`),
    enabled: !!id,
  });
}

/** The evaluations started from one sourcing request (newest first). */
export function useEvaluationsOfRequest(sourcingRequestId: string | undefined) {
  return useQuery({
    queryKey: [EVALUATIONS, 'of-request', sourcingRequestId],
    queryFn: () =>
      api.get<{ items: Evaluation[] }>(EVALUATIONS, {
        query: { sourcingRequestId, sort: '-createdAt', pageSize: 50 },
      }),
    enabled: !!sourcingRequestId,
  });
}

export function usePanel(id: string) {
  return useQuery({
    queryKey: [EVALUATIONS, id, 'panel'],
    queryFn: () => api.get<Panel>(`${EVALUATIONS}/${id}/panel`),
  });
}

export function useResults(evaluation: Evaluation) {
  return useQuery({
    queryKey: [EVALUATIONS, evaluation.id, 'results', evaluation.version],
    queryFn: () => api.get<EvaluationResultsResponse>(`${EVALUATIONS}/${evaluation.id}/results`),
    enabled: evaluation.permissions.includes('read-results'),
  });
}

export function useSheet(id: string | undefined, sheetId: string | undefined) {
  return useQuery({
    queryKey: [EVALUATIONS, id, 'sheets', sheetId],
    queryFn: () => api.get<ScoreSheet>(`${EVALUATIONS}/${id}/score-sheets/${sheetId}`),
    enabled: !!id && !!sheetId,
  });
}

export function useSheets(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [EVALUATIONS, id, 'sheets'],
    queryFn: () => api.get<{ items: ScoreSheet[] }>(`${EVALUATIONS}/${id}/score-sheets`),
    enabled,
  });
}

/** Every evaluation action: POST/PUT/PATCH on a path under the evaluation, then refresh what shows it. */
export function useEvaluationAction<B>(method: 'post' | 'put' | 'patch' = 'post') {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: B }) => api[method]<unknown>(`${EVALUATIONS}/${path}`, body),
    onSuccess: invalidate,
  });
}

export function useCreateEvaluation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateEvaluationRequest) => api.post<Evaluation>(EVALUATIONS, body),
    onSuccess: invalidate,
  });
}

export function useSaveScores(id: string, sheetId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: SaveScoresRequest) => api.put<ScoreSheet>(`${EVALUATIONS}/${id}/score-sheets/${sheetId}`, body),
    onSuccess: invalidate,
  });
}

export const reportUrl = (id: string, format: 'pdf' | 'xlsx') => downloadUrl(`${EVALUATIONS}/${id}/report`, { format });
