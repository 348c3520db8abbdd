// Every screen of the app. A new screen is a module exporting `screen` and one line here.

import { defineScreen } from './router.js';
import { screen as add } from './add.js';
import { screen as capture } from './capture.js';
import { screen as records } from './exports.js';
import { screen as home } from './home.js';
import { screen as log } from './log.js';
import { screen as profile } from './profile.js';
import { screen as review } from './review.js';
import { screen as show } from './show.js';
import { screen as signin } from './signin.js';
import { screen as submit } from './submit.js';

export function defineScreens() {
  [home, capture, add, show, log, submit, records, review, profile, signin].forEach(defineScreen);
}
