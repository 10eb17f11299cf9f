/**
 * What the popup's views share: the popup's state as they read it, an
 * entity's details, and "Jump to" for an entity the page mentions.
 */
import { i18n } from '#i18n';
import { EntityDetails, type EntityDetailsLabels } from '../../components/EntityDetails';
import type { GroupedEntityListLabels } from '../../components/GroupedEntityList';
import { entityView } from '../../lib/entity-view';
import type { Catalog } from '../../lib/pack/catalog';
import type { CitationCopy } from './useCitationCopy';

export interface PopupView {
  catalog: Catalog;
  untracked: ReadonlySet<string>;
  /** Mentions of the entity on the page; 0 wherever Backstory does not read the page (off, paused, a browser page). */
  countOf(id: string): number;
  listLabels: GroupedEntityListLabels;
  detailLabels: EntityDetailsLabels;
  lang: string;
  track(ids: readonly string[], on: boolean): void;
  jump(id: string): void;
  openEntity(id: string): void;
  /** Copy buttons by each source (./useCitationCopy.ts). */
  citations: CitationCopy;
}

export function JumpButton({ popup, id, name }: { popup: PopupView; id: string; name: string }) {
  if (popup.countOf(id) === 0) return null;
  return (
    <button type="button" class="button jump" aria-label={i18n.t('popup.jumpToLabel', [name])} onClick={() => popup.jump(id)}>
      {i18n.t('popup.jumpTo')}
    </button>
  );
}

export function Details({ popup, id, headingLevel, withJump = true }: { popup: PopupView; id: string; headingLevel: 2 | 3 | 4; withJump?: boolean }) {
  const view = entityView(popup.catalog, id);
  if (!view) return <p class="state">{i18n.t('popup.notFound')}</p>;
  return (
    <>
      {withJump ? <JumpButton popup={popup} id={id} name={view.entity.name} /> : null}
      <EntityDetails
        view={view}
        labels={popup.detailLabels}
        locale={popup.lang}
        headingLevel={headingLevel}
        onSelectRelated={popup.openEntity}
        onCopyCitation={(source) => popup.citations.copy(view.entity, source)}
        copyStatus={popup.citations.statusFor(id)}
      />
    </>
  );
}
