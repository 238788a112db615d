// The speaker view's entry (speaker.html): the teacher's screen beside the deck. The live class's
// teacher controls will be handed in here, as the deck page's entry hands in the live class.
import { renderSpeakerPage } from '../slides/speaker/main';

renderSpeakerPage();
