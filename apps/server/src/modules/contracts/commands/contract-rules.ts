import { contractRuleErrors, type ContractRuleValues } from '@thirdline/shared/contracts/contracts.schemas';
import type { Executor } from '../../../db/client';
import { badRequest, HttpProblem, type FieldError } from '../../../platform/errors/problem';
import { activeUserExists, departmentExists } from '../../org';
import { vendorStates } from '../../vendors';
import { findContract } from '../contracts.repository';
import { templateVersionFor } from '../template-versions';

/** What a create or change would leave, plus which references are new (only those are looked up). */
export interface ContractCheck extends ContractRuleValues {
  /** Vendor ids (main and further) to check exist and are not terminated. */
  newVendorIds: readonly string[];
  departmentId?: string | undefined;
  projectManagerId?: string | null | undefined;
  parentContractId?: string | null | undefined;
  templateId?: string | null | undefined;
}

/**
 * Checks what the schema cannot: the rules across fields, and that referenced vendors, department, project manager,
 * parent contract and template exist (400 with field paths). A terminated vendor is a business rule (422).
 * Returns the template version when a template is named.
 */
export async function checkContract(db: Executor, c: ContractCheck): Promise<{ templateVersion: number | null }> {
  const errors: FieldError[] = contractRuleErrors(c);
  const states = await vendorStates(db, c.newVendorIds);
  const terminated: FieldError[] = [];
  c.newVendorIds.forEach((id) => {
    const path = id === c.vendorId ? 'vendorId' : `otherVendorIds.${c.otherVendorIds.indexOf(id)}`;
    const state = states.get(id);
    if (!state) errors.push({ path, message: 'No such vendor.' });
    else if (state.status === 'terminated') terminated.push({ path, message: 'This vendor is terminated.' });
  });
  if (c.departmentId && !(await departmentExists(db, c.departmentId))) {
    errors.push({ path: 'departmentId', message: 'No such department.' });
  }
  if (c.projectManagerId && !(await activeUserExists(db, c.projectManagerId))) {
    errors.push({ path: 'projectManagerId', message: 'No such active user.' });
  }
  if (c.parentContractId && !(await findContract(db, c.parentContractId))) {
    errors.push({ path: 'parentContractId', message: 'No such contract.' });
  }
  let templateVersion: number | null = null;
  if (c.templateId) {
    templateVersion = await templateVersionFor(db, c.templateId);
    if (templateVersion === null) errors.push({ path: 'templateId', message: 'No such contract template.' });
  }
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
  if (terminated.length > 0) {
    throw new HttpProblem({
      status: 422,
      title: 'Unprocessable Content',
      detail: 'A contract cannot be made with a terminated vendor.',
      code: 'vendor_terminated',
      errors: terminated,
    });
  }
  return { templateVersion };
}
