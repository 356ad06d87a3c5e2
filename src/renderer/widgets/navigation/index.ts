/** The navigation widgets: type -> component, one entry per spec in src/stac-schema/widgets/navigationSpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import {
  AppBarWidget,
  BottomNavigationBarWidget,
  BottomNavigationViewWidget,
  DefaultBottomNavigationControllerWidget,
  DefaultTabControllerWidget,
  ScaffoldWidget,
  SliverAppBarWidget,
  TabBarViewWidget,
  TabBarWidget,
  TabWidget,
} from './navigationWidgets';

export const navigationWidgets: CategoryWidgets<'navigation'> = {
  scaffold: ScaffoldWidget,
  appBar: AppBarWidget,
  sliverAppBar: SliverAppBarWidget,
  defaultTabController: DefaultTabControllerWidget,
  tabBar: TabBarWidget,
  tab: TabWidget,
  tabBarView: TabBarViewWidget,
  defaultBottomNavigationController: DefaultBottomNavigationControllerWidget,
  bottomNavigationBar: BottomNavigationBarWidget,
  bottomNavigationView: BottomNavigationViewWidget,
};
