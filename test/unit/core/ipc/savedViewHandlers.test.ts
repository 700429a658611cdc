import { describe, expect, it } from 'vitest';
import { savedViewHandlers } from '../../../../src/core/ipc/savedViewHandlers';
import { createMemorySettings } from '../../../../src/core/settings/settingsStore';
import type { SavedView } from '../../../../src/shared/ipc/savedViews';

const hotLeads: SavedView = {
  name: 'Hot leads',
  question: {
    object: 'Lead',
    filter: { owner: 'all', rating: ['Hot'] },
    sort: { column: 'Name', desc: false },
  },
  columns: { City: true },
};

describe('saved views', () => {
  it('are kept in the settings per table and read back by a new handler table', () => {
    const settings = createMemorySettings();
    const handlers = savedViewHandlers(settings);
    expect(handlers['views.saved']({ table: 'leads' })).toEqual({ views: [] });
    expect(handlers['views.setSaved']({ table: 'leads', views: [hotLeads] })).toEqual({
      views: [hotLeads],
    });
    expect(savedViewHandlers(settings)['views.saved']({ table: 'leads' })).toEqual({
      views: [hotLeads],
    });
    expect(handlers['views.saved']({ table: 'accounts' })).toEqual({ views: [] });
  });

  it('leave out what another build saved that no longer reads, and views of another table', () => {
    const settings = createMemorySettings({
      'savedViews.leads': [{ name: 'Old', filter: 'hot' }, hotLeads],
      'savedViews.accounts': 'not a list',
      'savedViews.contacts': [hotLeads],
    });
    const handlers = savedViewHandlers(settings);
    expect(handlers['views.saved']({ table: 'leads' })).toEqual({ views: [hotLeads] });
    expect(handlers['views.saved']({ table: 'accounts' })).toEqual({ views: [] });
    expect(handlers['views.saved']({ table: 'contacts' })).toEqual({ views: [] });
    expect(handlers['views.setSaved']({ table: 'contacts', views: [hotLeads] })).toEqual({
      views: [],
    });
  });
});
