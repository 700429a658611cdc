import { api } from '../api';
import { useAppStore } from '../state/appStore';

// Salesforce ids say their object in their first three characters.
const panels = { '006': 'Opportunity', '003': 'Contact', '00Q': 'Lead' } as const;

/**
 * A meeting has no page of its own in Roadbook: it opens what it is about (its deal, else whom
 * it is with, else its account), where it shows in the activity; else Home, with today's.
 */
export async function openMeeting(id: string): Promise<void> {
  const { openAccount, openPanel, navigate } = useAppStore.getState();
  const found = await api().records.get({ object: 'Event', id });
  const meeting = found.ok ? found.value.record : null;
  const ids = [meeting?.['WhatId'], meeting?.['WhoId']].filter(
    (v): v is string => typeof v === 'string',
  );
  const onPanel = ids.find((v) => v.slice(0, 3) in panels);
  const account = ids.find((v) => v.startsWith('001'));
  if (onPanel) {
    const object = panels[onPanel.slice(0, 3) as keyof typeof panels];
    if (object === 'Lead') navigate('leads');
    openPanel({ object, id: onPanel });
  } else if (account) openAccount(account);
  else navigate('home');
}
