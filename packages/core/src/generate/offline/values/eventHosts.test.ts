import { describe, expect, it } from 'vitest';
import { eventHosts } from './eventHosts';

const row = (id: number, name: string, url: string, venue: string | null = null) => ({ id, name, url, venue });

describe('eventHosts: the sites hosting events pages, by their domain label', () => {
  it('keys each site by the label of its registrable domain, subdomains and country suffixes included', () => {
    const hosts = eventHosts(
      [
        row(1, 'Seamless Asia 2025', 'https://www.terrapinn.com/exhibition/seamless/'),
        row(2, 'EDUtech_Asia 2024', 'https://www.terrapinn.com/exhibition/edutech-asia/index.stm'),
        row(3, 'Gyn Conf', 'https://gynecology.magnusconferences.com/'),
        row(4, 'Circuits', 'https://ieee-cas.org/event/conference/x'),
        row(5, 'Food Fair', 'https://singaporefoodshows.com.sg/world-food-fair/'),
      ],
      [],
    );
    expect(hosts.get('terrapinn')).toEqual({
      domain: 'terrapinn.com',
      ids: [1, 2],
      names: ['Seamless Asia 2025', 'EDUtech_Asia 2024'],
    });
    expect(hosts.get('magnusconferences')?.domain).toBe('magnusconferences.com');
    // typed without its hyphen, as a name is
    expect(hosts.get('ieeecas')?.domain).toBe('ieee-cas.org');
    expect(hosts.get('singaporefoodshows')?.domain).toBe('singaporefoodshows.com.sg');
  });

  it('leaves out a venue’s own site: it lists the shows held there, it organises none of them', () => {
    const rows = [
      row(1, 'CeMAT Southeast Asia', 'https://www.singaporeexpo.com.sg/what-s-on/events-expo', 'Singapore EXPO'),
      row(2, 'Sake Meguri 2024', 'https://www.singaporeexpo.com.sg/sg/what-s-on/x', 'Peridot 201-202'),
      row(3, 'Marina Show', 'https://www.marinabaysands.com/x', 'Somewhere Else'),
    ];
    const hosts = eventHosts(rows, ['marina bay sands']);
    expect(hosts.has('singaporeexpo')).toBe(false);
    expect(hosts.has('marinabaysands')).toBe(false);
  });

  it('skips rows without a web address', () => {
    expect(eventHosts([{ id: 1, name: 'X', url: null, venue: null }], []).size).toBe(0);
  });
});
