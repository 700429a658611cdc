import { api } from '../api';
import { DataAge } from '../components/DataAge';
import { LoadError, Loading } from '../components/Loading';
import { StillLoading } from '../components/StillLoading';
import { useIpc } from '../data/useIpc';
import { DueTasks } from '../home/DueTasks';
import { HomeFigures } from '../home/HomeFigures';
import { KeyDeals } from '../home/KeyDeals';
import { RecentlyViewed } from '../home/RecentlyViewed';
import { TodayMeetings } from '../home/TodayMeetings';
import { useCurrency } from '../records/useCurrency';
import '../home/homeLayout.css';

/** The rep's day: their numbers, what is due, deals about to close, records opened lately. */
export function HomeView() {
  const currency = useCurrency();
  const loaded = useIpc(() => api().home.summary({}), []);
  if (loaded.error) return <LoadError what="your figures" message={loaded.error} />;
  const home = loaded.data;
  if (!home) return <Loading what="your figures" />;
  return (
    <div className="home">
      <DataAge />
      <StillLoading objects={home.loading} />
      <HomeFigures home={home} currency={currency} />
      <div className="home-columns">
        <div className="home-slot" data-tile="meetings">
          <TodayMeetings />
        </div>
        <div className="home-slot" data-tile="tasks">
          <DueTasks home={home} />
        </div>
        <div className="home-slot" data-tile="deals">
          <KeyDeals home={home} currency={currency} />
        </div>
        <div className="home-slot" data-tile="recent">
          <RecentlyViewed />
        </div>
      </div>
    </div>
  );
}
