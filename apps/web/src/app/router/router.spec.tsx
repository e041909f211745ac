import { act, fireEvent, render, screen } from '@testing-library/react';
import { navigate, parseLocation } from './history-location';
import { Link } from './link';
import { matchRoute } from './match-route';
import { Router, type RouteProps } from './router';

describe('parseLocation', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['/about', '/about'],
    ['/about/', '/about'],
    ['about', '/about'],
    ['//', '/'],
    ['/%E0%B8%81', '/ก'],
    ['/%E0%B8', '/%E0%B8'],
  ])('reads %j as %j', (pathname, path) => {
    expect(parseLocation(pathname).path).toBe(path);
  });

  it('reads the query', () => {
    expect(parseLocation('/', '?code=5451607').query.get('code')).toBe('5451607');
  });
});

describe('matchRoute', () => {
  it('matches exact paths and captures parameters', () => {
    expect(matchRoute('/', '/')).toEqual({});
    expect(matchRoute('/about', '/about')).toEqual({});
    expect(matchRoute('/about', '/')).toBeNull();
    expect(matchRoute('/organisations/:code', '/organisations/5451607')).toEqual({ code: '5451607' });
    expect(matchRoute('/organisations/:code', '/organisations')).toBeNull();
  });
});

describe('Router', () => {
  const Home = () => <h1>home</h1>;
  const Organisation = ({ params, query }: RouteProps) => (
    <h1>
      organisation {params['code']} {query.get('year')}
    </h1>
  );
  const NotFound = ({ path }: { path: string }) => <h1>missing {path}</h1>;
  const routes = [
    { path: '/', component: Home },
    { path: '/organisations/:code', component: Organisation },
  ];

  function renderRouter() {
    return render(
      <>
        <nav>
          <Link to="/">home link</Link>
          <Link to="/organisations/5451607?year=2566">organisation link</Link>
        </nav>
        <Router routes={routes} notFound={NotFound} />
      </>,
    );
  }

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('renders the matching route and marks the current link', () => {
    renderRouter();
    expect(screen.getByRole('heading').textContent).toBe('home');
    expect(screen.getByRole('link', { name: 'home link' }).getAttribute('aria-current')).toBe('page');
  });

  it('navigates on a plain click without a page load, keeping real hrefs', () => {
    renderRouter();
    const link = screen.getByRole('link', { name: 'organisation link' });
    expect(link.getAttribute('href')).toBe('/organisations/5451607?year=2566');

    fireEvent.click(link);

    expect(window.location.pathname).toBe('/organisations/5451607');
    expect(screen.getByRole('heading').textContent).toBe('organisation 5451607 2566');
    expect(screen.getByRole('link', { name: 'home link' }).getAttribute('aria-current')).toBeNull();
  });

  it('leaves modified clicks (new tab, new window) to the browser', () => {
    renderRouter();
    const clicked = fireEvent.click(screen.getByRole('link', { name: 'organisation link' }), { ctrlKey: true });
    expect(clicked).toBe(true); // not prevented
    expect(window.location.pathname).toBe('/');
  });

  it('follows back and forward, and shows the fallback for unknown paths', () => {
    renderRouter();
    act(() => navigate('/nowhere'));
    expect(screen.getByRole('heading').textContent).toBe('missing /nowhere');

    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('heading').textContent).toBe('home');
  });
});
