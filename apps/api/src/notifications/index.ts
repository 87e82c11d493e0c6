/** In-app notifications, for the CLI's entity list: no other feature reaches them. */
export { Notification } from './notification.entity';
