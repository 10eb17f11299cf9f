/**
 * What the popup's views share: the popup's state as they read it, an
 * entity's details (with its country table and timeline) in the language
 * chosen for it, and "Jump to" for an entity the page mentions.
 */
import { i18n } from '#i18n';
import { useEffect } from 'preact/hooks';
import { EntityDetails } from '../../components/EntityDetails';
import { EntityStory } from '../../components/EntityStory';
import type { GroupedEntityListLabels } from '../../components/GroupedEntityList';
import { detailLabelsIn } from '../../extension/labels';
import { entityView } from '../../lib/entity-view';
import type { Catalog, CatalogEntity } from '../../lib/pack/catalog';
import type { CitationCopy } from './useCitationCopy';

export interface PopupView {
  catalog: Catalog;
  untracked: ReadonlySet<string>;
  /** Mentions of the entity on the page; 0 wherever Backstory does not read the page (off, paused, a browser page). */
  countOf(id: string): number;
  listLabels: GroupedEntityListLabels;
  /** The language an entity's text is shown in (lib/language/choose.ts). */
  langOf(entity: CatalogEntity): string;
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

interface DetailsProps {
  popup: PopupView;
  id: string;
  headingLevel: 2 | 3 | 4;
  withJump?: boolean;
  /** Open at this section: scrolled to, with focus on its heading. */
  section?: 'countries' | null;
}

export function Details({ popup, id, headingLevel, withJump = true, section = null }: DetailsProps) {
  const entity = popup.catalog.entity(id);
  const view = entity ? entityView(popup.catalog, id, popup.langOf(entity), { story: true }) : null;
  const idPrefix = `story-${id}`;
  useEffect(() => {
    if (!section || !view) return;
    const heading = document.getElementById(`${idPrefix}-${section}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [section, view !== null]);
  if (!view) return <p class="state">{i18n.t('popup.notFound')}</p>;
  const { labels, lang } = detailLabelsIn(view.lang);
  const labelLang = lang === view.lang ? undefined : lang;
  return (
    <>
      {withJump ? <JumpButton popup={popup} id={id} name={view.name} /> : null}
      <EntityDetails
        view={view}
        labels={labels}
        labelLang={labelLang}
        headingLevel={headingLevel}
        onSelectRelated={popup.openEntity}
        story={<EntityStory view={view} labels={labels} labelLang={labelLang} headingLevel={headingLevel} idPrefix={idPrefix} />}
        onCopyCitation={(sourceId, citation) => popup.citations.copy(id, sourceId, citation)}
        copyStatus={popup.citations.statusFor(id)}
      />
    </>
  );
}
