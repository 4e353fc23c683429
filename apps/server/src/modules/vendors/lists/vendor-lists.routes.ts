import {
  updateVendorListSchema,
  vendorListParamsSchema,
  vendorListSchema,
  vendorListsSchema,
  VENDOR_LISTS,
  type VendorList,
  type VendorListName,
} from '@thirdline/shared/vendors/vendor-lists.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import type { Executor } from '../../../db/client';
import { commandContext } from '../route-context';
import { updateVendorList } from './update-vendor-list';
import { allListValues, allLists, listUsage } from './vendor-lists.repository';

const tags = ['vendors'];

/** Every list with its values (inactive ones too) and how many records hold each value. */
export async function presentVendorLists(db: Executor): Promise<VendorList[]> {
  const [lists, values] = await Promise.all([allLists(db), allListValues(db)]);
  return Promise.all(
    VENDOR_LISTS.map(async (list) => {
      const usage = await listUsage(db, list);
      return {
        list,
        version: lists.find((l) => l.list === list)?.version ?? 1,
        values: values
          .filter((v) => v.list === list)
          .map((v) => ({
            code: v.code,
            labelZh: v.labelZh,
            labelEn: v.labelEn,
            active: v.active,
            builtin: v.builtin,
            usage: usage.get(v.code) ?? 0,
          })),
      };
    }),
  );
}

export function registerVendorListRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/vendor-lists',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'The configurable vendor lists (type, tier, qualification type) with their values',
        response: { 200: vendorListsSchema },
      },
    },
    async () => ({ lists: await presentVendorLists(ctx.db) }),
  );

  app.put(
    '/api/v1/vendor-lists/:list',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Replace the values of a vendor list (order, labels, active flags; new and removed values)',
        params: vendorListParamsSchema,
        body: updateVendorListSchema,
        response: { 200: vendorListSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const list: VendorListName = request.params.list;
      await updateVendorList(c, list, request.body);
      const lists = await presentVendorLists(ctx.db);
      return lists.find((l) => l.list === list) as VendorList;
    },
  );
}
