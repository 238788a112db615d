// The speaker view's entry (speaker.html): the teacher's screen beside the deck, with the live
// class's teacher controls handed in, as the deck page's entry hands in the live class.
import { SpeakerLivePanel } from '../live/SpeakerLivePanel';
import { renderSpeakerPage } from '../slides/speaker/main';

renderSpeakerPage(SpeakerLivePanel);
