"""Boilerplate: lines of site chrome mixed into the article text.

Hard-wrapped text is first unwrapped into logical lines. Each line is matched
against a lexicon of chrome phrases by category, then structure decides the
rest: lines under a "Related Articles" header are teasers until the story
resumes, lines under a comment form (or from the first of two comment author
lines after the story) are user comments, and a long headline-like line inside
the story is a related-article link; the line models label what is left.
Teasers glued into story lines and agency tags after them are in-line spans.

    boilerplate_ratio = boilerplate characters / all non-space characters
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as _STOP_WORDS

from features.base import Evidence, FeatureResult
from features.document import Document, Span, fold_typography
from features.line_model import (
    LIST_ITEM,
    LineModels,
    default_line_models,
    line_features,
    line_stats,
    protected_lines,
)
from features.names import is_first_name

KIND = "boilerplate"

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE = rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"

# (category, pattern on the whole line, reason). Matched case-insensitively.
_LINE_RULES: tuple[tuple[str, str, str], ...] = (
    ("comment form", r"leave a (?:reply|comment)|post (?:a )?comment|add (?:a )?comment|cancel reply"
     r"|your email address will not be published.*|required fields are marked.*"
     r"|save my name,? email.*|you must be logged in to post a comment.*|[\[(]?\s*\d+\s+comments?\s*[\])]?|comments?(?: \(\d+\))?"
     r"|(?:top|most) (?:rated|liked|popular|recent) comments|[\[(]\s*(?:view|read|show) all(?: comments)?\s*[\])]"
     r"|(?:log in|sign in) to (?:reply|comment).*|reply|report(?: comment)?|like(?: \d+)?|comments are closed\.?"
     r"|be the first to comment.*|\d+ (?:responses?|thoughts|comments|replies) (?:to|on) .*|join the (?:discussion|conversation).*|(?:view|show|hide) comments",
     "comment form, not article text"),
    # (each look-ahead skips lines too long for its form before the form is tried at every prefix length)
    ("user comment", rf"(?=.{{1,90}}+$).{{1,60}}\s+says:|(?=.{{1,150}}+$)(?=.*\d[:.]\d\d).{{0,60}}{_DATE},?\s+(?:at|@)\s+{_TIME}(?:\s*(?:said|says|wrote):?)?"
     r"|(?=.{1,90}+$).{1,40}\s[\u2022\u00b7|-]\s(?:\d+|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
     r"|reply\s*[\u2022\u00b7|]\s*share\s*\u203a?|sort by \w+|(?:load|show|view) (?:more|all|\d+) (?:comments|replies)"
     r"|\d+\s+(?:likes?|upvotes?|replies)|(?:up|down)vote|(?:rating|score|points):\s*-?\d+(?:\s+votes?)?|-?\d+\s+votes?"
     # a comment's own relative timestamp: "2 days ago at 07:52 am"
     # (with its clock time: a bare "3 hours ago" also heads the posts of a live blog)
     rf"|(?:\d+|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s+(?:at|@)\s+{_TIME}",
     "comment author line (name, 'says:' or timestamp)"),
    ("navigation", r"show (?:more|less)|load more|see more|view (?:more|all)|back to top(?: button)?|skip to (?:main )?content"
     r"|home|menu|search|close|next|previous|(?:next|previous|prev) (?:post|article|story)|sign (?:in|up)|log ?in|log ?out"
     r"|subscribe(?: now)?|newsletter|privacy policy|terms of (?:use|service)|cookie (?:policy|settings)"
     r"|click here.*|tap here.*|go to (?:homepage|top)|breaking news|continue reading.*|read (?:the )?full (?:story|article).*"
     r"|register|live|updated|(?:play|watch) (?:the )?video|videos?|(?:(?:more|suggested|popular) )?(?:topics|tags)\s*:?|related tags\s*:?|posted in [\w ,&/-]{1,40}"
     r"|contact (?:the author|us)|send us (?:your )?(?:tips|a tip|your story)|have a (?:story|tip)\b.{0,80}"
     r"|report an? (?:error|correction|typo)|corrections? policy|editorial (?:standards|policy|guidelines)"
     r"|(?:show )?key events(?: only)?|live (?:updates|blog|coverage)|reuse this content|this article is more than \d+ (?:years?|months?) old"
     r"|you have (?:\d+|one|two|three) free (?:articles?|stories) (?:remaining|left)\b.{0,60}"
     # page tools and media controls: "Font size", "Image 1 of 5", "Hide caption", "Save article"
     r"|font size|a a a|save(?: article| story)?|bookmark|add to favou?rites|expand|(?:hide|show|toggle) caption|enlarge this image"
     r"|click to enlarge|swipe for more|image \d+ of \d+|open this photo in gallery:?|(?:watch|see) the video (?:above|below)"
     r"|scroll down for video|see all|view all|explore (?:more|topics)|read more stories|topics in this article"
     # footer links
     r"|about us|contact|careers|sitemap|rss(?: feeds?)?|accessibility|advertise with us|manage preferences"
     r"|do not sell my personal information|terms (?:and|&) conditions(?: apply)?|privacy (?:notice|statement|cent(?:re|er))"
     r"|accessibility statement|advertise(?: with us)?|see more (?:stories|articles|news)|read more about"
     r"|(?:tags?|topics?|categories|category|filed under|posted in|keywords)\s*:.*|filed under .*"
     r"|(?=[^\u00bb\u203a\n]{1,30}+\s*[\u00bb\u203a])(?:[^\u00bb\u203a\n]{1,30}\s*[\u00bb\u203a]\s*){1,6}[^\u00bb\u203a\n]{1,60}",
     "site navigation, not article text"),
    ("share", r"(?:share|tweet|pin|email|print|copy link|whatsapp|facebook|twitter|linkedin|pinterest|telegram|reddit"
     r"|instagram|youtube|tiktok|threads|bluesky|flipboard)"
     r"(?:\s*(?:this|the)?\s*(?:article|story|post|page|on \w+))?:?"
     r"(?:\s*[|,\u00b7\u2022/]?\s*(?:facebook|twitter|x|whatsapp|linkedin|pinterest|telegram|reddit|email|e-mail|print|copy link"
     r"|messenger|instagram|youtube|tiktok|threads|bluesky|flipboard))*"
     r"|share (?:via|this with)|copy link to clipboard|link copied|share full article|(?:give|gift) this article|send any friend a story|(?:un)?follow|(?:share|like) this:|share or comment on this (?:article|story):?",
     "share button label"),
    ("advertising", r"(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|partner content)(?:\s*[-|:\u2013\u2014]\s*scroll to continue.*)?"
     r"|scroll to continue.*"
     r"|(?:copyright\s*)?(?:copyright|\(c\)|\u00a9)\s*(?:\d{4}|\w+ \d{4}).*|copyright (?-i:[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})\.?|all rights reserved.*"
     r"|(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|ad))?|disclaimer\s*:.*|our standards\s*:.*"
     r"|skip (?:advertisement|ad)|ad feedback|(?:supported|sponsored|presented) by(?: .{1,40})?|in partnership with .{1,40}"
     r"|this copy is for your personal,? non-commercial use.*|(?:promoted|sponsored|paid) (?:content|stories|links|posts?|partnership)|(?:accept|manage|reject) (?:all )?cookies|cookie (?:preferences|consent)"
     r"|this (?:story|article) (?:has been|was) (?:published|auto-generated) from an? (?:wire|syndicated|agency) .{0,80}"
     r"|this (?:story|article|piece) (?:was|is|has been) (?:originally |first )?(?:re)?published (?:on|in|by|at|from) .{1,120}"
     # syndication notes: "This article originally appeared on The Courier.", "A version of this story first ran in ..."
     r"|(?:this|a version of this) (?:story|article|piece|post|report|column) (?:originally |first )(?:appeared|ran|was published) (?:on|in|at) .{1,120}"
     r"|originally (?:published|appeared|posted) (?:on|in|at|by) .{1,120}"
     r"|.{1,80} provides funding as a (?:founding )?(?:member|partner) of .{1,60}"
     # cookie and consent notices: "We use cookies ...", "By signing up, you agree to our Privacy Policy."
     r"|(?:we|this (?:web)?site) uses? cookies.*|by (?:signing up|subscribing|clicking|continuing to (?:use|browse)|using (?:this|our) (?:web)?site)\b.{0,80}\bagree.*",
     "advertising or legal notice"),
    ("promotion", r"follow us.*|join (?:us|our) .{0,40}(?:channel|group|community|newsletter|telegram|whatsapp).*"
     r"|(?:download|get) (?:the|our) (?:[\w-]+ ){0,2}app\b.*|sign up (?:for|to) .*|subscribe (?:to|for) .*"
     r"|get (?:the )?(?:latest|breaking)\b.*|want (?:more|to read more)\b.{0,20}\?.*|chat with us .*|thanks? (?:you )?for reading\b.{0,160}"
     r"|support (?:our|independent|quality) journalism\b.{0,80}|donate(?: now)?|become a (?:member|subscriber|supporter)\b.{0,60}"
     r"|get our (?:free )?(?:\w+ )?newsletters?\b.{0,60}|enter your e-?mail(?: address)?|submit|your subscription (?:has been|is) confirmed.{0,40}"
     r"|already (?:a subscriber|have an account)\?.{0,40}|this (?:article|story|content) is (?:for|only available to) (?:subscribers|members)\b.{0,40}"
     r"|no spam,? we promise.*|(?:you can )?unsubscribe at any time.*|click (?:here )?to subscribe!?"
     r"|(?=.{1,250}+$).*\b(?:delivered (?:straight |directly )?to your inbox|meet your inbox)\b.*"
     r"|(?=.{1,200}+$).{0,100}\b(?:subscribe to|sign up (?:for|to)) our\b.*"
     r"|follow .{1,60}?\b(?:on (?:twitter|facebook|instagram|x|threads|bluesky|linkedin)|at https?://)\S*.{0,100}"
     r"|join our .{0,40}\b(?:forums?|discord|mailing list)\b.*"
     r"|stay (?:up to date|informed|in the know|connected)(?: with .{1,60})?[.!]?"
     r"|catch (?:all )?the (?:latest )?.{0,40}\b(?:news|updates)\b.{0,160}|(?=.{1,150}+$).{0,80}\bsubscribe to (?:our|the) .{0,40}newsletters?\.?",
     "newsletter, app or social-media promotion"),
    ("teaser", rf"{_DATE}\s+(?!{_TIME}|by\b)[^.!?\n]{{5,150}}(?:\.\.\.)?"
     r"|(?:also read|read more|read also|see also|related|must read|don't miss|recommended|suggested|check also"
     r"|also see|read next|more on this|latest|watch|listen|trending|more|video|videos|photos|gallery|podcast)\s*(?:[:|>]|\s-{1,2})\s*\S.*"
     r"|also on (?:\w+\.)+(?:com|net|org|co\.uk|ru|de|fr|in)\b.{1,200}"
     r"|don'?t miss\s*:?",  # alone on its line: a promotion of unknown length, not a block heading
     "teaser linking to another article"),
    ("teaser header", r"(?:check also|also read|read also|see also|also see|related(?: (?:articles?|stories|posts|news|content|coverage|topics|links|reading|videos))?|you (?:may|might) (?:also )?like(?: these (?:posts|stories|articles))?"
     r"|more (?:stories|news|articles|posts)(?: (?:by|from|about|on) .{1,60})?|more from \S.*"
     r"|recommended(?: for you| stories| articles| reading| videos| posts)?|most (?:popular|read|viewed|shared)(?: articles| stories| posts)?"
     r"|popular (?:posts|stories|articles)|trending(?: now| stories)?|latest (?:news|stories|posts|articles)|top stories|read more|editor(?:'s|s'?) picks?"
     r"|must (?:read|see|watch)|up next|read (?:this )?next|what to read next|popular now|further reading"
     r"|(?:other|more|partner|latest) news(?: in this section| from .{1,40})?|in other news|elsewhere on .{1,40}"
     # the same headings in the other languages of the web's news: pt, es, fr, de, it, ru
     r"|voc\u00ea (?:pode|tamb\u00e9m pode) gostar|leia (?:tamb\u00e9m|mais)|veja tamb\u00e9m|not\u00edcias relacionadas"
     r"|(?:art\u00edculos|noticias) relacionad[oa]s|te puede interesar|lee tambi\u00e9n|(?:\u00e0 )?lire aussi"
     r"|articles? (?:similaires|connexes)|sur le m\u00eame sujet|lesen sie auch|mehr zum thema|\u00e4hnliche artikel"
     r"|leggi anche|articoli correlati|potrebbe interessarti|\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435"
     r"|\u043f\u043e\u0445\u043e\u0436\u0438\u0435 (?:\u0441\u0442\u0430\u0442\u044c\u0438|\u043d\u043e\u0432\u043e\u0441\u0442\u0438))(?:\s*\.{3}|\u2026)?\s*:?",
     "heading of a related-articles block"),
    ("widget", rf"{_DATE}(?:\s*[,|-]?\s*{_TIME})?(?:\s+by\s+[^.!?]{{1,60}})?|{_TIME}|-?\d{{1,3}}(?:\.\d)?\s*°?\s*[CF]"
     r"|(?:[a-z][a-z .,'-]{0,30}\s)?-?\d{1,3}(?:\.\d)?\s*°\s*[CF]?(?:\s*/\s*-?\d{1,3}(?:\.\d)?\s*°\s*[CF]?)?(?:\s+[a-z ]{1,20})?"
     # the rest of a weather box: "Humidity: 65%", "Wind 12 km/h", "Sunrise 06:12", "AQI 42", "Partly cloudy"
     r"|(?:humidity|wind|precipitation|uv index|visibility|pressure|dew point|sunrise|sunset|aqi|air quality(?: index)?)(?:\s*:\s*|\s+)\d[^.!?]{0,25}"
     r"|(?:mostly |partly )?(?:sunny|cloudy|clear|overcast|showers|light rain|heavy rain|fog|windy|thunderstorms?|drizzle)"
     r"|(?:and )?(?:first |last )?(?:updated|published|posted|modified)(?: on)?\s*:?\s*(?=.{0,40}\d).{0,40}|(?:last modified|first published) on (?=.{0,40}\d).{1,40}"
     r"|(?=.{1,90}+$).{0,60}\b\d+\s*min(?:ute)?s?\.? read|media playback is (?:unsupported|not supported) on your device\.?"
     r"|listen(?: now| to (?:this |the )?(?:article|story)\b.{0,30})?"
     r"|weather\s*[:|-].{0,60}|loading\s*\.{0,3}|[\d,.]+[km]? (?:views|reads|followers|subscribers|claps)|.{1,120}\(\d{1,3}(?:\.\d)?%,\s*[\d,]+\s+votes?\)"
     r"|(?:\d+|an?) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|reading time:? .{1,20}",
     "date, time or weather widget"),
    ("page chrome", r"<(?:img|script|iframe|noscript|div|span|a|link|meta|style|input|form)\b[^>]*>?.*",
     "HTML code shown as text (a tracking pixel, script or widget)"),
    # the site talking to the reader: browser and JavaScript notices, reCAPTCHA, form buttons and messages
    ("page chrome", r"(?:we(?:'ve| have) detected|it (?:looks|seems) like) (?:that )?you(?:'re| are) (?:using|on) .{0,200}"
     r"|(?=.{1,250}+$).{0,120}\b(?:update|upgrade) (?:to a (?:modern|newer|supported|different) browser|your browser)\b.{0,120}"
     r"|(?:please )?(?:enable|turn on) javascript.{0,100}|javascript is (?:disabled|required).{0,100}"
     r"|.{0,60}\bprotected by recaptcha\b.*|these statements have not been evaluated by the (?:food and drug administration|fda).*"
     r"|citation:.{1,200}\bretrieved\b.{1,200}|this document is subject to copyright.*"
     r"|\(?(?:except for the headline, )?this (?:story|article) has not been edited by .{1,40}\bstaff\b.{0,160}"  # a syndicated copy's notice
     r"|.{0,100}\b(?:is|has been) (?:published|auto-generated) from an? (?:syndicated|wire|agency) feed\b.{0,60}"
     r"|an error (?:has )?occurred.{0,60}|something went wrong.{0,60}|(?:please )?try again(?: later)?\.?"
     r"|thank you for (?:signing up|subscribing)\b.{0,80}|there was (?:a problem|an error) (?:subscribing|signing|submitting|processing)\b.{0,150}"
     r"|i agree (?:to the (?:processing|terms|privacy)|that .{1,40} (?:can|may) (?:send|e-?mail|contact) me)\b.{0,200}"
     r"|(?:the )?cookie settings on this (?:web)?site.{0,300}|like this (?:story|article)\?.{0,60}"
     r"|(?=.{1,300}+$).{0,150}\bwe may (?:receive|earn) (?:a )?(?:small )?(?:commission|share)\b.*|this (?:article|story) has been sent to.{0,80}|send|cancel"
     r"|(?:please enter a )?valid e-?mail(?: address)?.{0,40}|invalid e-?mail(?: address)?.{0,40}",
     "a notice or form message of the site, not article text"),
    ("page chrome", r"(?=[^:\n]{0,1000}+:)(?=.{1,1000}+$).*\b(?:tel|telephone|phone|fax)\s*:\s*[+*(\d].*|(?:media|press|investor)s? (?:contacts?|enquiries|inquiries|relations)\s*:?"
     r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|(?:contact|e-?mail)(?: us)?\s*:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\])|(?=[+(\d][\d() .+-]{6,21}$)(?=(?:\D*\d){7})\+?\(?\d[\d() .-]{5,18}\d",  # a lone e-mail or phone number
     "contact details of the site, not article text"),
    # a press release's own boilerplate (PR Newswire, Business Wire)
    ("advertising", r"news provided by|(?-i:SOURCE) \S.{0,80}|forward-looking statements?|safe harbou?r statement"
     r"|this (?:press )?release (?:contains|includes|may contain) forward-looking statements.*",
     "press-release notice, not article text"),
    ("credit", r"\(?(?:source|sources|photo|photos|image|images|picture|photo credit|image credit|credit|credits|via|copyright|\(c\)|©)\s*[:|-].{0,80}"
     r"|\(?(?:reporting|writing|editing|additional reporting) by .{0,200}|(?:written|edited|compiled|reported|posted|published) by .{0,60}"
     r"|by:? (?-i:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}(?:,? (?:and|&) [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3})?)"
     # a byline's tail: "By John Smith, Staff Writer", "By Jane Doe | Fox News", "By Tess Bonn - 11/19/19 06:56 AM EST"
     r"(?:(?:\s*[,|\u2013\u2014\u2022\u00b7@-]\s*|\s+(?:on|for|in)\s+|\s+(?=\d|(?:updated|published|posted)\b))"
     r"[^!?\n]{0,80}(?<![^m]\.))?"
     r"|getty images.*|[\w/ .-]{1,40} via getty images|\((?-i:[A-Z]{1,6})\)|file photo.*|(?:image|media) (?:source|caption),?\s.*|\u00a9\s*\S.{0,300}"
     r"|\(?(?:photo|image|picture|video)s? (?:by|credit|courtesy(?: of)?)\b[^()\n]{1,80}\)?|pictured(?: above| below| left| right)?:.{1,150}"
     # a photo caption closed by its credit: "... sought treatmentCredit: EPA"
     r"|(?=.{1,400}+$)[^\n]{10,300}?(?<=[a-z.)!?])\s?(?-i:Credit|Photo|Picture|Image)s?(?::|\.\.\.|\u2026)\s*[^.!?\n]{1,80}"
     # a photographer's credit line: "Al Goldis, Associated Press"
     r"|(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}),? (?:/ )?(?:the associated press|associated press|reuters|afp|getty images)"
     r"|(?:write to|e-?mail|contact|reach) (?!.{0,80}[.!?] )[^\n@]{1,60}\b(?:at|on|via)\s+\S+@\S+"  # "Write to Al Root at ar@dj.com"
     r"|reuters|afp|ap|associated press|agence france-presse|pa(?: media| wire)?|epa(?:-efe)?|shutterstock|alamy"
     r"|press trust of india|pti|ians|ani|united news of india|xinhua|anadolu(?: agency)?|dpa|efe|ansa"
     r"|(?=.{1,300}+$).{3,250}\bcontributed (?:(?:to )?(?:this|the) (?:report|story|article)|reporting)\.?",
     "credit or byline, not article text"),
    # a photo caption closed by its credit: "... on July 25, 2019.J. Scott Applewhite / AP file",
    # "... La Paz, Bolivia. \u00a9 Reuters / David Mercado", "... 2001 [File: Reuters]", "(AP Photo/Alan Diaz, File)"
    ("credit", r"(?=[^(/|\[\u00a9\n]{0,400}+[(/|\[\u00a9])(?=.{1,400}+$).{10,}?(?:(?<=[\w.,)])\s*\((?-i:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)(?: Photo)?(?:/[^()\n]{1,60})?\)"
     r"|\((?:image |photo |picture )?credits?\s*:[^()\n]{1,60}\)|\s[/|]\s?(?-i:AP|Reuters|AFP|Getty Images|EPA|Bloomberg)(?: file)?"
     r"|\[(?:(?:file|photo|image|picture)\s*:\s*[^\]\n]{1,40}|[^\]\n]{1,40}\bvia (?-i:AP|Reuters|AFP|Getty Images|EPA))\]|\s\u00a9\s?(?-i:[A-Z])[^.\n]{1,60})\s*",
     "photo caption closed by its credit"),
    # news-agency caption style without a credit: "Deval Patrick, left, speaks with ..., Tuesday, Nov. 19, 2019, in
    # Columbia, S.C.", "In this Sunday, Nov. 10, 2019, photograph, ..." (none in BBC or PolNeAR story text)
    ("credit", rf"in this (?:[\w.,]+ ){{0,6}}?(?:file )?(?:photo|photograph|image|picture|handout)\b.{{0,400}}"
     rf"|(?=.{{1,400}}+$).*?(?:, {_WEEKDAY}, (?-i:[A-Z][a-z]{{2,8}})\.? \d{{1,2}}, \d{{4}}\b"
     r"|\b(?-i:[A-Z])[\w.'-]*, (?:left|right|center|centre|second from (?:left|right)|foreground|background|top|bottom),).*",
     "photo caption in news-agency style, not article text"),
    ("author bio", r"about the author.*|about (?-i:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2})"
     r"|(?-i:(?!(?:He|She|It|They|This|That|We|I) )[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}) (?:is|was) (?:a|an|the) [^.]{0,80}?\bwho (?:writes|blogs) (?:about|on)\b.*"
     r"|(?-i:(?!(?:He|She|It|They|This|That|We|I) )[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}) (?:is|was|has been|works as) (?:a|an|the) (?:[\w,'-]+ ){0,8}?"
     r"(?:writer|journalist|author|reporter|editor|correspondent|contributor|blogger|columnist|freelancer|content creator)\b.*"
     r"|(?-i:(?!(?:He|She|It|They|This|That|We|I) )[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}) has (?:over |more than |nearly |about |almost )?(?:\w+|\d+\+?) years?'? (?:of )?experience (?:in|as|covering|reporting)\b.*",
     "author biography, not article text"),
)

# A news-agency or outlet tag closing the last paragraph: "... out of NATO. (I)".
_TRAILING_CREDIT = re.compile(r"[.!?\"']\s*(\((?:[A-Z]{1,6}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\))$")
# A teaser glued into a story line by a scraper: "... next week. Also Read: Opposition slams budget. The minister ..."
_INLINE_TEASER = re.compile(
    r"(?<![\w,;] )(?:Also Read|ALSO READ|Also read|Read Also|READ ALSO|Read also|Read More|READ MORE|See Also|SEE ALSO"
    r"|Must Read|MUST READ|Read more|RELATED|Related)\s*[:|]\s*[^.!?\n]{3,160}(?:[.!?](?=\s|$)|$)"
)
# Where a story sentence starts inside a flattened teaser: a word that opens sentences, capitalised after the
# headline's first word and followed by a lower-case word ("... as IT stocks rally The central bank also said").
_SENTENCE_RESTART = re.compile(
    r" (?:The|A|An|He|She|It|They|We|But|However|Meanwhile|According|This|These|Earlier|Its|His|Her|Their) (?=[a-z])")


def _teaser_end(text: str, teaser: re.Match[str]) -> int:
    """The end of an inline teaser: before the story sentence the scraper ran into it, else the match's end."""
    headline = text.find(" ", text.index(":" if ":" in teaser.group() else "|", teaser.start()) + 2, teaser.end())
    restart = _SENTENCE_RESTART.search(text, headline, teaser.end()) if headline >= 0 else None
    return restart.start() if restart else teaser.end()


# A short line naming the site: "Global WindowNews", "The Daily Star".
_SITE_NAME = re.compile(
    r"(?:\S+\s+){0,3}\S*(?:News|Times|Post|Daily|Herald|Journal|Tribune|Gazette|Press|Online|Media|TV|Network|Wire|Magazine|Today)\S*"
)
# Site chrome a scraper ran into the story's last line (text flattened to one line): share buttons, related
# links, the comment form: phrases no story sentence uses, the first of them right after a sentence end.
_GLUED_CHROME = re.compile(
    r"(?:Leave a (?:Reply|Comment)|Your email address will not be published|Required fields are marked"
    r"|Save my name, email,? and website|Share (?:this|the) (?:article|story|post|page)|Share on (?:Facebook|Twitter|X|WhatsApp)"
    r"|Related (?:Articles|Stories|Posts|News|Topics|Content)|You (?:may|might) also (?:like|be interested)|Recommended for you"
    r"|Most (?:Read|Popular|Viewed)|Trending Now|Sign up for (?:our|the) (?:[\w-]+ ){0,3}[Nn]ewsletter"
    r"|Subscribe to (?:our|the) (?:[\w-]+ ){0,3}[Nn]ewsletter|Click here to (?:subscribe|read more|sign up)|All [Rr]ights [Rr]eserved"
    r"|Comments are closed|Follow us on (?:Facebook|Twitter|X|Instagram|Google News|Telegram|LinkedIn)"
    r"|Join our (?:WhatsApp|Telegram) (?:channel|group)|Download (?:our|the) (?:[\w-]+ ){0,2}[Aa]pp"
    r"|\((?:Reporting|Writing|Additional reporting) by|(?:Our Standards|Tags|Share this|Like this)(?=:))\b"
)
_SENTENCE_END_BEFORE = re.compile(r"[.!?\"')\]] $")
# An advertising slot a scraper left between two sentences: "... the airfield site. Advertisement The developer ...".
_INLINE_ADVERTISEMENT = re.compile(
    r"(?:^|(?<=[.!?\"'] ))(?:Advertisement|ADVERTISEMENT|(?:Story|Article) continues below(?: (?:advertisement|this ad))?"
    r"|Continue reading (?:below|the main story)|Scroll to continue with content)(?= [A-Z\"]|$)", re.MULTILINE)
_INLINE_ADVERTISEMENT_WORDS = ("Advertisement", "ADVERTISEMENT", "continues below", "Continue reading", "Scroll to continue")
# A byline with its date run into the story's first line: "By Jane Doe | Published March 12, 2024 | 3 min read The ...".
_LEADING_BYLINE = re.compile(
    rf"By [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){{1,3}}\s*[|,\u2013\u2014-]\s*(?:(?i:published|updated|posted)(?: on)?:?\s*)?(?i:{_DATE})"
    rf"(?:,?\s+(?:at\s+)?(?i:{_TIME}))?(?:\s*[|,\u2013\u2014-]\s*\d+ min(?:ute)?s? read)?(?=\s+[A-Z\"])"
)
# The story line's last sentences, when the lexicon knows them as chrome: an author bio or a legal notice
# run into the story ("... ignored residents. Jane Doe is a local democracy reporter covering ...").
_TAIL_CHROME_WORDS = ("reporter", "correspondent", "journalist", "editor", "writer", "columnist", "author",
                      "blogger", "freelance", "experience", "rights reserved", "copyright", "\u00a9", "newsletter",
                      "subscribe", "follow us", "follow him", "follow her")
TAIL_CHROME_SENTENCES = 3
TAIL_CHROME_CHARS = 400  # where those sentences are looked for (a cheap bound on the per-line work)
GLUED_CHROME_SHORT_TAIL_WORDS = 15  # one marker is enough when the line ends this soon after it
_TERMINAL = re.compile(r"[.!?][\"')\]]*$|[\"']$")
_SENTENCE_INSIDE = re.compile(r"[.!?] [A-Z]")
_ELLIPSIS_END = re.compile(r"(?:\u2026|\.\.\.|\s\.)$")

# Where these values come from: the seeds and common CMS layouts (hand-set, not
# tuned on any benchmark; issue 5 measures them on the Zyte pages).
BODY_LINE_MIN_WORDS = 15
RELATED_HEADLINE_MIN_WORDS = 8
RELATED_HEADLINE_MAX_WORDS = 16
SITE_NAME_MAX_WORDS = 4
SITE_NAME_EDGE_LINES = 2
BIO_EDGE_LINES = 3
BYLINE_MAX_LINES = 4
# Below this many lines a text is a story, not a page: the line model (trained on whole pages) stays out.
MODEL_MIN_LINES = 8


def _word_count(line: str) -> int:
    return len(line.split())


def _is_closed(line: str) -> bool:
    """Ends like a sentence (an agency tag after the full stop allowed)."""
    return bool(_TERMINAL.search(line) or _TRAILING_CREDIT.search(line))


def _is_body_line(line: str) -> bool:
    """A full paragraph of prose: long and closed by sentence punctuation."""
    return _word_count(line) >= BODY_LINE_MIN_WORDS and _is_closed(line) and not _ELLIPSIS_END.search(line)


def _is_headline_like(line: str) -> bool:
    """A long-ish title with no sentence punctuation: 'Ukraine invites mothers of captured soldiers to find them'."""
    return (
        RELATED_HEADLINE_MIN_WORDS <= _word_count(line) <= RELATED_HEADLINE_MAX_WORDS
        and not _is_closed(line)
        and not LIST_ITEM.match(line)
        and not line.endswith(":")
        and not _SENTENCE_INSIDE.search(line)
    )


# All rules in one pattern: fullmatch tries the alternatives in order, as a loop over the rules would.
_ANY_RULE = re.compile("|".join(f"(?P<rule{k}>{pattern})" for k, (_, pattern, _) in enumerate(_LINE_RULES)), re.IGNORECASE)


# A headline run into its excerpt with no space, as teaser lists render to text: "... Student-AthleteA
# 24-year-old woman ...", "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's ...": three or more
# capitalised words, then a word whose lower-case end touches the capital opening the excerpt.
_GLUED_TEASER = re.compile(
    r"(?:(?:[A-Z0-9$'\u2018\"][\w'\u2019:;,.&$%/?!-]*|of|in|to|a|an|the|and|for|on|at|by|with|&|-|\u2013)\s+){3,}?"
    r"(?:[A-Z0-9][\w'\u2019,.&$%/-]*?)?"
    r"(?:[a-z]{3}(?=[A-Z](?:[a-z]+\s|\s))|(?:\d\d|[?!]|(?<=[a-z])['\u2019\"\u201d)])(?=[A-Z][a-z]+\s))"
)
GLUED_TEASER_MIN_WORDS = 6
# A headline run into the dateline of its excerpt: "UN 'regrets' new US position on settlements UNITED
# NATIONS: United Nations Secretary General ...". A story opens with its dateline; a teaser list repeats
# headline and dateline on one line.
_DATELINE_TEASER = re.compile(
    r"(?P<headline>(?:[^.!?\n]|(?<=\d)\.(?=\d)){20,200}?)\s(?P<dateline>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:,? [A-Z][A-Za-z.]+)?"
    r"(?:\s*\([^)\n]{1,30}\))?\s*[:\u2014\u2013]\s*[A-Z\"]"
)
DATELINE_MIN_LETTERS = 4
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 20  # a story's own headline above its byline lines (_opens_story)


def _match_lexicon(line: str) -> tuple[str, str] | None:
    match = _ANY_RULE.fullmatch(line)
    if match is None:
        if _GLUED_TEASER.match(line) and len(line.split()) >= GLUED_TEASER_MIN_WORDS:
            return "teaser", "a headline run into its excerpt: a teaser for another article"
        dateline = _DATELINE_TEASER.match(line)
        if (dateline and len(dateline["dateline"]) - dateline["dateline"].count(" ") >= DATELINE_MIN_LETTERS
                and _word_count(dateline["headline"]) >= HEADLINE_MIN_WORDS):
            return "teaser", "a headline run into the dateline of its excerpt: a teaser for another article"
        return None
    category, _, reason = _LINE_RULES[int(match.lastgroup.removeprefix("rule"))]
    return category, reason


def lexicon_hits(lines: list[str]) -> list[bool]:
    """Whether each (folded) line matches a chrome phrase: a feature of the line models."""
    return [_match_lexicon(line) is not None for line in lines]


def _near_page_end(texts: list[str], lexicon: list[tuple[str, str] | None], index: int) -> bool:
    """At most BIO_EDGE_LINES paragraphs of prose follow this line; the rest is known chrome or short lines
    (related headlines, form labels)."""
    return sum(hit is None and _is_body_line(line) for line, hit in zip(texts[index + 1 :], lexicon[index + 1 :])) < BIO_EDGE_LINES


# "Jane Smith in Istanbul", "Jane Smith and Tom Lee in Kyiv": a byline of the Guardian's kind.
_BYLINE_IN_PLACE = re.compile(r"([A-Z][\w'.-]+)(?: [A-Z][\w'.-]+){1,2}(?: and [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2})? in [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}")


def _is_byline_in_place(line: str) -> bool:
    """A reporter's name (its first word a first name, so not a Title Case headline) and where they write from."""
    match = _BYLINE_IN_PLACE.fullmatch(line)
    return match is not None and is_first_name(match.group(1))


_NAME_LINE = re.compile(r"(?:[A-Z][\w'.-]+ ){1,2}[A-Z][\w'.-]+")
_TAGS_HEADING = re.compile(r"(?i:(?:more |related |popular |suggested )?(?:topics|tags))\s*:?")
_TEASER_ZONE_REASON = "headline or excerpt in a related-articles block"
_BIO_WORKPLACE = re.compile(r"\b(?:at|for|with) (?:the )?[A-Z]|\bcover(?:s|ing)\b|\bbased in\b|\bwrites (?:about|on|for)\b|^About ")
_BYLINE = re.compile(r"(?i:by:?|\(?(?:reporting|writing) by) ")


def classify_lines(doc: Document, line_models: LineModels | None = None) -> list[tuple[Span, str, str] | None]:
    """For each line of `doc`: (span, category, reason) if it is boilerplate, else None.

    `line_models` defaults to the packaged models; benchmarks pass models trained without the page.
    """
    if doc.article_lines is not None:
        return _labels_from_article_lines(doc, [doc.span_text(line) for line in doc.lines])
    groups = _logical_lines(doc)
    if len(groups) == len(doc.lines):
        return _classify_logical_lines(doc, list(doc.lines), [doc.span_text(line) for line in doc.lines], line_models)
    # Hard-wrapped text: classify each paragraph line as one and give its label to every physical line.
    spans = [Span(doc.lines[first].start, doc.lines[last].end) for first, last in groups]
    texts = [" ".join(doc.span_text(line) for line in doc.lines[first : last + 1]) for first, last in groups]
    labels: list[tuple[Span, str, str] | None] = []
    for (first, last), label in zip(groups, _classify_logical_lines(doc, spans, texts, line_models)):
        labels.extend(None if label is None else (doc.lines[k], label[1], label[2]) for k in range(first, last + 1))
    return labels


# Hard-wrapped text (every paragraph broken at a fixed width, as e-mail and plain-text feeds do):
# the widest lines are at most this long, at least this share of the lines fill 3/4 of that width,
# and a third of those run on into a line that starts in lower case (a sentence broken mid-way).
WRAP_MAX_WIDTH = 120
WRAP_MIN_FULL_SHARE = 0.25
WRAP_MIN_LINES = 8
WRAP_MIN_RUN_ONS = 3
WRAP_MIN_RUN_ON_SHARE = 1 / 3
_SENTENCE_END_CHARS = frozenset('.!?:"\'')


def _logical_lines(doc: Document) -> list[tuple[int, int]]:
    """(first, last) physical line of each logical line: a hard-wrapped line continues into the next."""
    lines, text = doc.lines, doc.normalized
    lengths = [line.end - line.start for line in lines]
    width = max(lengths, default=0)
    full = [length >= 0.75 * width for length in lengths]
    joined = [full[k] and k + 1 < len(lines) and "\n\n" not in text[lines[k].end : lines[k + 1].start]
              for k in range(len(lines))]
    run_ons = sum(j and text[lines[k + 1].start].islower() for k, j in enumerate(joined))
    if (len(lines) < WRAP_MIN_LINES or width > WRAP_MAX_WIDTH or sum(full) < WRAP_MIN_FULL_SHARE * len(lines)
            or run_ons < max(WRAP_MIN_RUN_ONS, WRAP_MIN_RUN_ON_SHARE * sum(full))):
        return [(k, k) for k in range(len(lines))]
    # A full line runs on into the next, unless it closes a sentence before a capital, or the line it
    # continues opens with a chrome phrase ("Also Read: ..."): then only a lower-case start runs on.
    groups: list[tuple[int, int]] = []
    first = 0
    for k in range(len(lines)):
        if joined[k] and not text[lines[k + 1].start].islower():
            joined[k] = text[lines[k].end - 1] not in _SENTENCE_END_CHARS and _match_lexicon(
                text[lines[first].start : lines[first].end]) is None
        if not joined[k]:
            groups.append((first, k))
            first = k + 1
    return groups


def _classify_logical_lines(doc: Document, lines: list[Span], texts: list[str],
                            line_models: LineModels | None) -> list[tuple[Span, str, str] | None]:
    """classify_lines over given lines and their texts (the document's lines, or its unwrapped paragraph lines)."""
    total = len(lines)
    body_started = False
    zone: str | None = None  # "teaser", "tags" or "comments": a block that continues until the story resumes
    comment_authors: list[int] = []  # comment author lines after the story began
    story_lines: set[int] = set()  # lines the rules know to be story (a headline kept by its byline): the line model leaves them
    labels: list[tuple[Span, str, str] | None] = []
    title = fold_typography(doc.title).strip() if doc.title else None
    lexicon = [_match_lexicon(line) for line in texts]
    for index, (span, line) in enumerate(zip(lines, texts)):
        body_like = _is_body_line(line)
        if line == title:  # the record's own headline repeated in the text is article content
            labels.append(None)
            continue
        found = lexicon[index]
        if found is None and zone == "teaser" and not body_like:
            found = ("teaser", _TEASER_ZONE_REASON)
        elif found is None and not body_started and _is_byline_in_place(line):
            found = ("credit", "byline: the reporter and the place they file from")
        elif found is None and zone == "tags" and not body_like:
            found = ("navigation", "topic tag under a Topics or Tags heading")
        elif found is None and zone == "comments":
            found = ("user comment", "text below the comment form")
        elif found is None and (index < SITE_NAME_EDGE_LINES or index >= total - SITE_NAME_EDGE_LINES):
            if (
                _word_count(line) <= SITE_NAME_MAX_WORDS
                and not _TERMINAL.search(line)
                and _SITE_NAME.fullmatch(line)
            ):
                found = ("site name", "site name or section banner")
        elif (
            found is None
            and body_started
            and 0 < index < total - 1
            and _is_headline_like(line)
            and _is_body_line(texts[index - 1])
            and not _is_headline_like(texts[index + 1])
        ):
            found = ("related headline", "headline-like line inside the story: likely a link to another article")
        if found is not None and found[0] == "author bio" and not _near_page_end(texts, lexicon, index) and (
                SITE_NAME_EDGE_LINES < index or not _BIO_WORKPLACE.search(line)):
            found = None  # a bio stands at the page's end, or at its top naming where its author works
            # ("Paul Adeyemi is a journalist with twenty years of experience" may open a story about him)
        if found is not None:
            category = found[0]
            if (category == "credit" and labels and labels[-1] is not None and labels[-1][2] == _TEASER_ZONE_REASON
                    and ((_BYLINE.match(line) and index + 1 < total and _is_body_line(texts[index + 1]))
                         or (not body_started and _opens_story(texts, lexicon, index)))):
                # "Trending Now / Headline / By X / story", "Latest News / ... / Headline / Press Trust of India /
                # Thiruvananthapuram / Updated: ... / story": the headline opens the story
                labels[-1], zone = None, None
                story_lines.add(index - 1)
            elif not body_started and labels and labels[-1] is None and _opens_story(texts, lexicon, index):
                story_lines.add(index - 1)  # "Headline / Posted on March 3 by X / story": the line model leaves the headline
            if category == "author bio" and labels and labels[-1] is None and _NAME_LINE.fullmatch(texts[index - 1]):
                labels[-1] = (lines[index - 1], category, "the author's name above their biography")  # "Stephen Angbulu"
            if category == "teaser header":
                zone = "teaser"
            elif body_started and _TAGS_HEADING.fullmatch(line):
                zone = "tags"
            elif category in ("comment form", "user comment"):
                if body_started and category == "user comment":
                    comment_authors.append(index)
                # A comment form in the second half of the page, or the second comment author line after
                # the story began ("Milan on September 12, 2018 at 4:47 pm said:"): a thread, from the
                # first of them on. (A lone "Report" button under an embedded tweet is no thread, nor is
                # a live blog's "Reporter Jomana Karadsheh says:" before its quote.)
                if category == "comment form" and span.start > len(doc.text) // 2:
                    zone = "comments"
                elif len(comment_authors) >= 2 and zone != "comments":
                    zone = "comments"
                    for k in range(comment_authors[0] + 1, index):
                        labels[k] = labels[k] or (lines[k], "user comment", "text below the comment form")
            labels.append((span, category, found[1]))
            continue
        if body_like:
            zone = None if zone in ("teaser", "tags") else zone
            body_started = True
        labels.append(None)
    _apply_line_model(texts, labels, lines, [hit is not None for hit in lexicon], line_models or default_line_models(), story_lines)
    return labels


# A numbered list the story introduces: "Here are the best deals:" then "1) ...", "2) ...", each item
# at most LIST_MAX_GAP lines after the one before (a link or a price may sit between them).
_NUMBERED_ITEM = re.compile(r"\s*(\d{1,2})[.)]\s+\S")
LIST_MAX_GAP = 3
LIST_MIN_ITEMS = 3


def _introduced_list(texts: list[str]) -> range:
    """The lines of a numbered list that opens right after a story line ending in a colon: from item 1 to the last,
    and after the last as many lines as follow each item before."""
    for index, line in enumerate(texts[:-1]):
        if not (line.endswith(":") and _word_count(line) >= RELATED_HEADLINE_MIN_WORDS):
            continue
        first = _NUMBERED_ITEM.match(texts[index + 1])
        if first is None or first.group(1) != "1":
            continue
        last, stride, number = index + 1, 1, 1
        for k in range(index + 2, len(texts)):
            if k - last > LIST_MAX_GAP:
                break
            item = _NUMBERED_ITEM.match(texts[k])
            if item and int(item.group(1)) == number + 1:
                last, stride, number = k, k - last, number + 1
        if number >= LIST_MIN_ITEMS:
            return range(index + 1, min(last + stride, len(texts)))
    return range(0)


_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
HEADLINE_ECHO_SHARE = 0.5


def _headline_sized(line: str) -> bool:
    """HEADLINE_MIN_WORDS to HEADLINE_MAX_WORDS words and no sentence punctuation at the end."""
    return HEADLINE_MIN_WORDS <= _word_count(line) <= HEADLINE_MAX_WORDS and not _TERMINAL.search(line)


def _is_echoed_headline(texts: list[str], hits: list[bool]) -> bool:
    """Whether the page's first line is its headline: no chrome phrase, headline-sized, and most of its content
    words (two or more) come back in the story's paragraphs ("Why the oceans are warming faster" ... "the
    oceans absorbed"). Only the first line: a later one is too often a teaser on the story's own topic (on
    the Zyte pages 14 such lines, 9 of them chrome)."""
    if not texts or hits[0] or not _headline_sized(texts[0]):
        return False
    words = {w.lower() for w in _CONTENT_WORD.findall(texts[0])} - _STOP_WORDS
    story = {w.lower() for line in texts[1:] if _is_body_line(line) for w in _CONTENT_WORD.findall(line)}
    shared = len(words & story)
    return shared >= 2 and shared >= HEADLINE_ECHO_SHARE * len(words)


def _opens_story(texts: list[str], lexicon: list[tuple[str, str] | None], index: int) -> bool:
    """Whether the line before `index`, a chrome line, is a headline: a short unpunctuated line, then up to
    BYLINE_MAX_LINES lines of byline, date and the like (a name alone on its line among them), then a full paragraph."""
    if not _headline_sized(texts[index - 1]):
        return False
    for after in range(index, min(index + BYLINE_MAX_LINES, len(texts) - 1) + 1):
        if _is_body_line(texts[after]):
            return after > index
        if lexicon[after] is None and _word_count(texts[after]) > SITE_NAME_MAX_WORDS:
            return False
    return False


def _labels_from_article_lines(doc: Document, texts: list[str]) -> list[tuple[Span, str, str] | None]:
    """HTML input: every line outside the extracted article is boilerplate, and so is a chrome phrase
    inside it; the lexicon names its kind."""
    labels: list[tuple[Span, str, str] | None] = []
    for index, (span, line) in enumerate(zip(doc.lines, texts)):
        found = _match_lexicon(line)
        if index in doc.article_lines:  # the extractor may keep an "Advertisement" or "Share" line
            labels.append(None if found is None else (span, *found))
            continue
        category, reason = found or ("page chrome", "outside the article that trafilatura extracted from the page")
        labels.append((span, category, reason))
    return labels


def _apply_line_model(
    texts: list[str],
    labels: list[tuple[Span, str, str] | None],
    lines: list[Span],
    hits: list[bool],
    models: LineModels,
    story_lines: set[int],
) -> None:
    """Label the lines the rules left alone that the trained line model calls boilerplate, except the story's
    lines the rules know: `story_lines`, a numbered list the story introduces, a headline the story echoes.

    `hits` are the lexicon matches, the same feature the models were trained with.
    """
    if len(texts) < MODEL_MIN_LINES:
        return
    story_lines = story_lines | set(_introduced_list(texts))
    if _is_echoed_headline(texts, hits):
        story_lines.add(0)
    stats = line_stats(texts)
    model = models.for_lines(texts, stats, hits)
    probability = model.predict_proba(line_features(texts, hits, stats))
    # Whole pages: the page model was trained to tell comments and bios from the story; trust it.
    protected = protected_lines(texts, stats) if model is models.article else [False] * len(texts)
    for index, p in enumerate(probability):
        if labels[index] is None and p >= model.threshold and not protected[index] and index not in story_lines:
            reason = f"line model: short or isolated line outside the story's prose (p={p:.2f})"
            labels[index] = (lines[index], "page chrome", reason)


def chrome_spans(doc: Document) -> list[Span]:
    """The boilerplate lines and in-line chrome, in text order: the other families count only the story around them."""
    return [Span(e.start, e.end) for e in _evidence(doc)]


def _evidence(doc: Document) -> list[Evidence]:
    """Boilerplate lines (classify_lines with the packaged models), plus teasers and agency tags inside
    story lines; computed once per document and shared with the other families."""
    evidence = doc.shared.get(KIND)
    if evidence is not None:
        return evidence
    evidence = []
    # cheap tests, once per document, before the per-line searches
    advertised = any(word in doc.normalized for word in _INLINE_ADVERTISEMENT_WORDS)
    glued_chrome = _GLUED_CHROME.search(doc.normalized) is not None
    tail_chrome = _has_tail_chrome_word(doc.normalized)
    for line, label in zip(doc.lines, classify_lines(doc)):
        if label is not None:
            span, category, reason = label
            if category in _TRIMMED_CATEGORIES:
                span = _chrome_sentences(doc.normalized, span)
            evidence.append(Evidence(span.start, span.end, KIND, category, reason))
            continue
        glued = (glued_chrome and _glued_chrome_tail(doc.normalized, line)) or (
            tail_chrome and _tail_chrome_sentences(doc.normalized, line)) or None
        story_end = line.end if glued is None else glued[0].start
        byline = _LEADING_BYLINE.match(doc.normalized, line.start, story_end)
        if byline is not None:
            evidence.append(Evidence(line.start, byline.end(), KIND, "credit", "byline and date run into the story's first line"))
        if advertised:
            evidence.extend(Evidence(m.start(), m.end(), KIND, "advertising", "advertising slot left between story sentences")
                            for m in _INLINE_ADVERTISEMENT.finditer(doc.normalized, line.start, story_end))
        segment = doc.normalized[line.start : story_end]
        if ":" in segment or "|" in segment:
            evidence.extend(Evidence(m.start(), _teaser_end(doc.normalized, m), KIND, "teaser",
                                     "teaser for another article inside a story line")
                            for m in _INLINE_TEASER.finditer(doc.normalized, line.start, story_end))
        if glued is not None:
            evidence.append(Evidence(glued[0].start, glued[0].end, KIND, glued[1], glued[2]))
            continue
        trailing = _TRAILING_CREDIT.search(doc.normalized, line.start, line.end)
        if trailing is not None:
            evidence.append(Evidence(trailing.start(1), trailing.end(1), KIND, "credit", "agency or outlet tag after the story"))
    doc.shared[KIND] = evidence
    return evidence


_GLUED_CHROME_REASON = "site chrome run into the story line (share buttons, related links, comment form)"


def _glued_chrome_tail(text: str, line: Span) -> tuple[Span, str, str] | None:
    """The end of a story line from the first chrome phrase on, when two or more follow or the line ends soon after."""
    markers = [m.start() for m in _GLUED_CHROME.finditer(text, line.start, line.end)]
    first = next((k for k, start in enumerate(markers) if _SENTENCE_END_BEFORE.search(text, line.start, start)), None)
    if first is None:
        return None
    start = markers[first]
    if len(markers) - first < 2 and len(text[start : line.end].split()) > GLUED_CHROME_SHORT_TAIL_WORDS:
        return None
    return Span(start, line.end), "page chrome", _GLUED_CHROME_REASON


def _has_tail_chrome_word(text: str) -> bool:
    """A cheap test before the lexicon: the text has a word of bios, legal notices or promotions."""
    lowered = text.lower()
    return any(word in lowered for word in _TAIL_CHROME_WORDS)


def _tail_chrome_sentences(text: str, line: Span) -> tuple[Span, str, str] | None:
    """The line's last sentences (at most TAIL_CHROME_SENTENCES) from the first one on that the lexicon calls chrome,
    alone and with the sentences after it."""
    window_start = max(line.start, line.end - TAIL_CHROME_CHARS)
    if not _has_tail_chrome_word(text[window_start : line.end]):
        return None
    if text.endswith('"', line.start, line.end):
        return None  # the line closes a quotation: a memo's "Adam was a senior reporter at ..." is quoted, not a bio
    breaks = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text, window_start, line.end)][-TAIL_CHROME_SENTENCES:]
    for k, (_, start) in enumerate(breaks):
        sentence_end = breaks[k + 1][0] if k + 1 < len(breaks) else line.end
        sentence = text[start:sentence_end]
        if not _has_tail_chrome_word(sentence):
            continue
        found = _match_lexicon(sentence)  # the tail's first sentence is chrome itself
        if found is not None and _match_lexicon(text[start : line.end]) is not None:
            return Span(start, line.end), *found
    return None


# A story sentence before a call to subscribe on one line ("The plan goes to consultation in spring. Click
# here to subscribe to our newsletter.") stays the story's: the span starts at the first chrome sentence.
_TRIMMED_CATEGORIES = frozenset({"promotion", "advertising"})
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
STORY_SENTENCE_WORDS = 6


def _chrome_sentences(text: str, span: Span) -> Span:
    """The part of a chrome line from its first sentence the lexicon knows, when prose sentences come before it."""
    start = span.start
    for match in _SENTENCE_BREAK.finditer(text, span.start, span.end):
        sentence = text[start : match.start()]
        if _match_lexicon(sentence) is not None or len(sentence.split()) < STORY_SENTENCE_WORDS:
            break
        start = match.end()
    return Span(start, span.end) if start < span.end and _match_lexicon(text[start : span.end]) is not None else span


def extract(doc: Document) -> FeatureResult:
    evidence = _evidence(doc)
    boilerplate_chars = sum(_non_space(doc.normalized[e.start : e.end]) for e in evidence)
    total_chars = _non_space(doc.normalized)
    ratio = boilerplate_chars / total_chars if total_chars else 0.0
    return FeatureResult(
        values={"boilerplate_ratio": ratio, "article_boilerplate_ratio": _article_ratio(doc, evidence, ratio),
                "boilerplate_lines": float(len(evidence))},
        evidence=tuple(evidence),
    )


def _article_ratio(doc: Document, evidence: list[Evidence], page_ratio: float) -> float:
    """Chrome inside the article: for plain text the whole text is the article as scraped; for an HTML
    page, the lines trafilatura extracted ("Share", "Advertisement" left in them), not the page's menus."""
    if not doc.article_lines:
        return page_ratio
    article_chars = sum(_non_space(doc.span_text(line)) for line in doc.story_lines)
    inside = sum(_non_space(doc.normalized[e.start : e.end]) for e in evidence if doc.in_story(e.start))
    return inside / article_chars if article_chars else 0.0


def _non_space(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n")
