/**
 * Custom partition ids for a seeded minority of the generated deliveries. Microsoft does not
 * document whether Contact Center sets one on these rows, so the preview holds both kinds and
 * every single-row read in the experience has to find either.
 */
import { AttributeNames as A, DeliveryNames as D } from "../../domain/tables";
import type { GeneratedDelivery } from "./deliveryGenerator";
import type { Random } from "./random";
import { partitionIdColumn } from "./schema";

/** Enough rows that any single-row read meets one soon, few enough that most stay plain. */
const customPartitionShare = 0.1;

/**
 * Gives some deliveries a partition; their attributes carry it in the lookup's companion
 * column, as a lookup to an elastic row does. The random source is the caller's own fork, so
 * these draws shift no other sample value.
 */
export function assignPartitions(random: Random, generated: readonly GeneratedDelivery[]): GeneratedDelivery[] {
  return generated.map((item) => {
    if (!random.chance(customPartitionShare)) return item;
    // A writer that partitions would group a contact's deliveries together.
    const partition = `contact-${String(item.delivery[D.contactId])}`;
    return {
      ...item,
      delivery: { ...item.delivery, [partitionIdColumn]: partition },
      attributes: item.attributes.map((attribute) => ({ ...attribute, [A.deliveryPartitionId]: partition })),
    };
  });
}
