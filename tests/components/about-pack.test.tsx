import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../helpers/fresh-database';
import { renderApp } from '../helpers/render-app';

withFreshDatabase();

describe('the teaching, shown', () => {
  it('opens About this pack from the experiments, with the whole intro and three lessons in order', async () => {
    const user = userEvent.setup();
    renderApp('/experiments');
    await user.click(await screen.findByRole('link', { name: 'About this pack: Loosening the Grip' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About this pack' })).toBeInTheDocument();
    expect(screen.getByText(/This pack is for the part of you that keeps raising the bar/)).toBeInTheDocument();
    expect(screen.getByText(/Start where you are\. You can open any part first/)).toBeInTheDocument();
    const lessons = screen.getByRole('region', { name: '3 short lessons' });
    expect(
      within(lessons)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['What an experiment is', 'What safety behaviours are', 'Why we rate before and after']);

    await user.click(within(lessons).getByRole('link', { name: 'What an experiment is' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What an experiment is' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next: What safety behaviours are' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What safety behaviours are' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next: Why we rate before and after' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Why we rate before and after' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the experiments' })).toHaveAttribute('href', '/experiments');
  });

  it('says in Settings that the packs are the project’s own words, and under which licence', async () => {
    renderApp('/settings');
    const about = (await screen.findByRole('heading', { name: 'About' })).closest('section')!;
    expect(about).toHaveTextContent("Every word of the guided packs is the project's own");
    expect(about).not.toHaveTextContent(/all rights reserved/i);
    expect(within(about).getByRole('link', { name: 'Creative Commons BY-NC-SA 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    );
  });

  it('says kindly when a pack or lesson is not there', async () => {
    renderApp('/about/ditching-perfect/no-such-lesson');
    expect(await screen.findByRole('heading', { level: 1, name: "This page isn't here" })).toBeInTheDocument();
  });

  it('offers a filled-in example run on each experiment, folded until opened', async () => {
    const user = userEvent.setup();
    renderApp('/experiments/stop-when-the-timer-rings');
    const example = await screen.findByRole('region', { name: 'An example run' });
    const summary = within(example).getByText('Read how someone else filled it in');
    expect(within(example).getByText(/Give the weekly report 40 minutes/)).not.toBeVisible();
    await user.click(summary);
    expect(within(example).getByText(/Give the weekly report 40 minutes/)).toBeVisible();
    expect(within(example).getByText(/How bad it was: 20 out of 100, where I had expected 75\./)).toBeInTheDocument();
    expect(within(example).getByText(/Most work is good enough before it feels finished/)).toBeInTheDocument();
  });
});
