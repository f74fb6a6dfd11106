// Bounded heavy work. Legal requests can still be heavy (ten aliases of a depth-3 neighbourhood
// of three hubs, 2,000 nodes each), and a few at once exhaust Neo4j's heap. Each operation's
// cost is estimated from its root fields' arguments before it runs: a light one (most of what
// the explorer asks) runs at once; a heavy one waits for room in a shared budget of concurrent
// heavy cost, and one waiting too long, or one whose cost alone exceeds what a request may
// spend, is answered with a coded error (BUSY, TOO_EXPENSIVE) instead of being run.
import { Kind, type DocumentNode, type FieldNode, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { appError, HTTP_STATUS } from '../errors.ts';
import { LIMITS } from './inputs.ts';

export interface HeavyWorkOptions {
  /** Below this cost a request is light and never waits; default 5,000. */
  heavyCost?: number;
  /** Most heavy cost running at once, and most one request may cost; default 60,000. */
  budget?: number;
  /** Longest a heavy request waits for room before BUSY; default 10 s. */
  maxWaitMs?: number;
  /** Most heavy requests waiting at once; more are BUSY at once; default 16. */
  maxQueued?: number;
}

/** Seconds a BUSY client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

type Variables = Record<string, unknown> | null | undefined;

function valueOf(node: ValueNode | undefined, variables: Variables): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((value) => valueOf(value, variables));
    default:
      return undefined;
  }
}

function argument(field: FieldNode, name: string, variables: Variables): unknown {
  return valueOf(field.arguments?.find((a) => a.name.value === name)?.value, variables);
}

/**
 * An integer argument, or its default, within 1 and the schema's cap: a value over the cap is
 * refused by its resolver as BAD_INPUT naming the argument, which must win over a cost error.
 */
const int = (value: unknown, fallback: number, cap: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(cap, Math.max(1, value))
    : fallback;

/**
 * About the rows a root field makes Neo4j touch (the same defaults as the schema's): a
 * neighbourhood's start nodes × its limit × its depth; a path search's hops; a list's size.
 */
export function fieldCost(field: FieldNode, variables: Variables): number {
  switch (field.name.value) {
    case 'neighborhood': {
      const ids = argument(field, 'ids', variables);
      const starts = Array.isArray(ids) ? Math.min(LIMITS.ids, Math.max(1, ids.length)) : 1;
      return (
        starts *
        int(argument(field, 'limit', variables), 200, LIMITS.neighborhoodLimit) *
        int(argument(field, 'depth', variables), 1, LIMITS.depth)
      );
    }
    case 'shortestPath':
      return int(argument(field, 'maxHops', variables), 6, LIMITS.maxHops) * 100;
    case 'shortestPaths':
      return (
        int(argument(field, 'maxHops', variables), 6, LIMITS.maxHops) *
        100 *
        int(argument(field, 'first', variables), 5, LIMITS.paths)
      );
    case 'countryNetwork':
      return int(argument(field, 'limit', variables), 500, LIMITS.networkEdges);
    default:
      return 10;
  }
}

/** The cost of the operation that will run: the sum of its root fields' costs. */
export function operationCost(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
): number {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  if (!operation) return 0;
  let cost = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) cost += fieldCost(selection, variables);
  }
  return cost;
}

/** A budget of concurrent cost with a bounded, first-come queue. */
export class CostBudget {
  private running = 0;
  private readonly queue: { cost: number; grant: () => void }[] = [];

  constructor(
    readonly budget: number,
    private readonly maxQueued: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Resolves to a release function, or to undefined when there is no room in time. */
  async acquire(cost: number): Promise<(() => void) | undefined> {
    const take = Math.min(cost, this.budget);
    if (this.queue.length === 0 && this.running + take <= this.budget) return this.grant(take);
    if (this.queue.length >= this.maxQueued) return undefined;
    return new Promise((resolve) => {
      const waiter = {
        cost: take,
        grant: () => {
          clearTimeout(timer);
          resolve(this.grant(take));
        },
      };
      const timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(waiter), 1);
        resolve(undefined);
        this.drain();
      }, this.maxWaitMs);
      this.queue.push(waiter);
    });
  }

  private grant(cost: number): () => void {
    this.running += cost;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= cost;
      this.drain();
    };
  }

  private drain(): void {
    while (this.queue.length > 0 && this.running + this.queue[0]!.cost <= this.budget) {
      this.queue.shift()!.grant();
    }
  }
}

export function useHeavyWorkLimit(options: HeavyWorkOptions = {}): Plugin {
  const heavyCost = options.heavyCost ?? 5_000;
  const budget = new CostBudget(
    options.budget ?? 60_000,
    options.maxQueued ?? 16,
    options.maxWaitMs ?? 10_000,
  );
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.document, args.operationName, args.variableValues);
      if (cost < heavyCost) return undefined;
      if (cost > budget.budget) {
        setResultAndStopExecution({
          errors: [
            appError(
              'TOO_EXPENSIVE',
              `This request would cost about ${cost} (start nodes × limit × depth, summed over its fields); one request may cost ${budget.budget}. Ask for fewer aliases, ids, a smaller depth or limit.`,
              { cost, budget: budget.budget, http: { status: HTTP_STATUS.TOO_EXPENSIVE } },
            ),
          ],
        });
        return undefined;
      }
      const release = await budget.acquire(cost);
      if (!release) {
        setResultAndStopExecution({
          errors: [
            appError(
              'BUSY',
              `The server is busy with other heavy requests; try again in ${RETRY_AFTER_SECONDS} s.`,
              {
                retryAfter: RETRY_AFTER_SECONDS,
                http: {
                  status: HTTP_STATUS.BUSY,
                  headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
                },
              },
            ),
          ],
        });
        return undefined;
      }
      return { onExecuteDone: () => release() };
    },
  };
}
