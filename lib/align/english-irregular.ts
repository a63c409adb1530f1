// Irregular English forms, as data: `base:form,form` groups. A stemmer maps regular endings ("announced",
// "announces" → "announc") but not these: past tenses and participles that change the vowel or the whole
// word, -ied/-ying forms of short verbs the stemmer cuts differently from their base ("died" → "di",
// "die" → "die"), -ves and Latin or Greek plurals, irregular comparatives. A form may appear under two
// bases ("lay" of lie and lay, "found" of find and found); english.ts keeps every base it may have.
export const IRREGULAR_FORMS = `
arise:arose,arisen awake:awoke,awoken be:am,is,are,was,were,been,being bear:bore,borne,born beat:beaten
become:became begin:began,begun behold:beheld bend:bent bet:bet bid:bade,bidden bind:bound bite:bit,bitten
bleed:bled blow:blew,blown break:broke,broken breed:bred bring:brought broadcast:broadcast build:built
burn:burnt burst:burst buy:bought cast:cast catch:caught choose:chose,chosen cling:clung come:came
cost:cost creep:crept cut:cut deal:dealt dig:dug dive:dove do:does,did,done draw:drew,drawn dream:dreamt
drink:drank,drunk drive:drove,driven dwell:dwelt eat:ate,eaten fall:fell,fallen feed:fed feel:felt
fight:fought find:found flee:fled fling:flung fly:flew,flown forbid:forbade,forbidden
forecast:forecast foresee:foresaw,foreseen foretell:foretold forget:forgot,forgotten forgive:forgave,forgiven
forsake:forsook,forsaken freeze:froze,frozen get:got,gotten give:gave,given go:goes,went,gone grind:ground
grow:grew,grown hang:hung have:has,had,having hear:heard hide:hid,hidden hit:hit hold:held hurt:hurt
keep:kept kneel:knelt know:knew,known lay:laid lead:led lean:leant leap:leapt learn:learnt leave:left
lend:lent let:let lie:lay,lain,lied,lies,lying light:lit lose:lost make:made mean:meant meet:met
mislead:misled mistake:mistook,mistaken misunderstand:misunderstood mow:mown outdo:outdid,outdone
outgrow:outgrew,outgrown overcome:overcame overdo:overdid,overdone overhear:overheard override:overrode,overridden
overrun:overran oversee:oversaw,overseen oversleep:overslept overtake:overtook,overtaken
overthrow:overthrew,overthrown pay:paid prove:proven put:put quit:quit read:read rebuild:rebuilt
redo:redid,redone repay:repaid retell:retold rethink:rethought rewrite:rewrote,rewritten rid:rid
ride:rode,ridden ring:rang,rung rise:rose,risen run:ran saw:sawn say:said see:saw,seen seek:sought
sell:sold send:sent set:set sew:sewn shake:shook,shaken shed:shed shine:shone shoot:shot show:shown
shrink:shrank,shrunk shut:shut sing:sang,sung sink:sank,sunk sit:sat slay:slew,slain sleep:slept slide:slid
sling:slung slit:slit smell:smelt sow:sown speak:spoke,spoken speed:sped spell:spelt spend:spent spill:spilt
spin:spun spit:spat split:split spoil:spoilt spread:spread spring:sprang,sprung stand:stood steal:stole,stolen
stick:stuck sting:stung stink:stank,stunk stride:strode strike:struck,stricken string:strung
strive:strove,striven swear:swore,sworn sweep:swept swell:swollen swim:swam,swum swing:swung take:took,taken
teach:taught tear:tore,torn tell:told think:thought throw:threw,thrown thrust:thrust tread:trod,trodden
undergo:underwent,undergone understand:understood undertake:undertook,undertaken undo:undid,undone
upset:upset uphold:upheld wake:woke,woken wear:wore,worn weave:wove,woven weep:wept win:won wind:wound
withdraw:withdrew,withdrawn withhold:withheld withstand:withstood wring:wrung write:wrote,written
die:died,dies,dying tie:tied,ties,tying untie:untied,unties,untying vie:vied,vies,vying
child:children man:men woman:women person:people foot:feet tooth:teeth mouse:mice goose:geese louse:lice
ox:oxen penny:pence life:lives wife:wives knife:knives leaf:leaves half:halves shelf:shelves wolf:wolves
calf:calves loaf:loaves thief:thieves self:selves elf:elves sheaf:sheaves
analysis:analyses basis:bases crisis:crises diagnosis:diagnoses hypothesis:hypotheses thesis:theses
synthesis:syntheses parenthesis:parentheses axis:axes criterion:criteria phenomenon:phenomena
medium:media datum:data bacterium:bacteria curriculum:curricula memorandum:memoranda stratum:strata
fungus:fungi nucleus:nuclei cactus:cacti stimulus:stimuli radius:radii syllabus:syllabi
appendix:appendices index:indices matrix:matrices vertex:vertices formula:formulae antenna:antennae
larva:larvae vertebra:vertebrae
good:better,best well:better,best bad:worse,worst ill:worse,worst far:further,farther,furthest,farthest
`;
