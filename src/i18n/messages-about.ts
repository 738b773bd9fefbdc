// Messages of the About page (DESIGN §6, §9): every assumption and formula of the simulator as the code
// implements it (src/simulation/*.ts doc comments), the law it rests on, the seed documents and the app
// version — the page a sceptical member reads before believing a number. Swedish first; `aboutEn` must
// have exactly the keys of `aboutSv`. Both are spread into the catalogue in messages.ts. Formulas are
// written the same in both languages.

export const aboutSv = {
  'about.heading': 'Om verktyget: antaganden, formler och källor',
  'about.intro':
    'Kommunmodell är ett beslutsstöd, inget orakel. Varje siffra kommer från en modell vars antaganden står här, med källa eller markerade som exempel. Läs den här sidan innan du litar på en siffra.',
  'about.takeaway':
    'Varje simulerad siffra bygger på {total} antaganden, alla listade här: {contested} av dem är omstridda och prövas i robusthetsanalysen, och {example} är exempelvärden. {law} lagrum är kontrollerade mot lagtexten.',
  'about.version': 'Version {version}. Allt räknas i din webbläsare; ingenting skickas någonstans.',
  'about.toc': 'Innehåll',

  'about.principles.heading': 'Grundprinciper',
  'about.principles.p1':
    'Ett simulerat år beror bara på organisationen, scenariot och slumpfröet. All slump kommer från en och samma slumpgenerator med frö, så samma indata ger exakt samma resultat i webbläsaren, i bakgrundsarbetarna och i kommandoraden.',
  'about.principles.p2':
    'Tre mekanismer körs efter varandra: ramsättningen före året, budgetåret månad för månad, och ärendenas väg genom organen. Processerna är tillståndsmaskiner (XState) – samma definitioner som diagrammen på sidan Processer visar.',
  'about.principles.p3':
    'Värden markerade Exempel är inte hämtade ur kommunens handlingar. Värden markerade Omstritt kan ifrågasättas; robusthetsanalysen på sidan Simulera visar hur slutsatserna beror av dem.',

  'about.frames.heading': 'Ramsättningen (allmänningens problem)',
  'about.frames.p1':
    'Modellen bygger på "lagen om 1/n" (Weingast, Shepsle och Johnsen 1981): den som bara bär en del av skattekostnaden för sina utgifter äskar mer än helheten skulle välja. Processordningarna följer von Hagen och Harden.',
  'about.frames.f1': 'nytta_a = β_a · ln(x_a)',
  'about.frames.f1.says': 'Verksamhet a ger avtagande nytta av pengarna x_a; β_a är dess prioritetsvikt, normaliserad så att Σβ = 1.',
  'about.frames.f2': 'R = Σ_a nettokostnad_a;  λ = λ_scenario / R',
  'about.frames.f2.says':
    'Intäkterna R antas vara summan av verksamheternas nettokostnader (fjolårets budget i balans). λ kalibreras så att ett organ som håller hela budgeten äskar exakt R när λ_scenario = 1.',
  'about.frames.f3': 's_a = ω · s_budgetansvarig + (1 − ω) · s_beredande',
  'about.frames.f3.says': 'Andelen av kostnaden som den som talar för verksamheten bär: en vägning av det budgetansvariga och det beredande organets andelar av nettokostnaden.',
  'about.frames.f4': 'θ_a = κ + (1 − κ) · s_a   (minst 0,001)',
  'about.frames.f4.says': 'Den del av skattekostnaden som tas med i beräkningen. κ = 1: alla ser till hela kommunen.',
  'about.frames.f5': 'x_a = β_a / (θ_a · λ)',
  'about.frames.f5.says': 'Äskandet maximerar β_a·ln(x) − θ_a·λ·x. Summan delat med R är β_a/θ_a summerat: 1 vid κ = 1, och n för n lika stora nämnder vid κ = 0.',
  'about.frames.f6': 'Nedifrån och upp: ram_a = x_a · R / Σx',
  'about.frames.f6.says':
    'Äskandena förhandlas ned i rundor om 5 % av R, högst 4 rundor, och skärs sedan lika mycket överallt (osthyvel) – båda behåller proportionerna. Rundor = min(4, ⌈(Σx/R − 1) / 0,05⌉); inga rundor om äskandena ligger inom en promille av R.',
  'about.frames.f7': 'Uppifrån och ned: R_h = R · s_h;  ram_a = R_h · (β_a/θ_a) / Σ_egna (β/θ)',
  'about.frames.f7.says':
    'Fullmäktige sätter varje budgetansvarigs ram först efter fjolårets andelar; inom ramen fördelas efter β/θ. Rundorna räknas på hur mycket de beredande organens anspråk överstiger det budgetansvariga organets egen syn.',
  'about.frames.f8': 'Fördelningsförlust = R · Σ_a p_a · ln(p_a / q_a),  p_a = β_a,  q_a = ram_a / R',
  'about.frames.f8.says':
    'Nyttan som går förlorad mot den bästa fördelningen av samma R, omräknad till kronor (R gånger Kullback–Leibler-avståndet). Noll bara när fördelningen är den bästa.',
  'about.frames.f9': 'Ordning "efter organisationen": uppifrån och ned om kommunstyrelsen håller ≥ 50 % av nettokostnaden eller om det bara finns ett budgetansvarigt organ',
  'about.frames.f9.says': 'Dagarna räknas från budgetdirektiven 1 februari genom organens sammanträden till fullmäktiges beslut om budgeten.',

  'about.year.heading': 'Budgetåret (avvikelser och besparingar)',
  'about.year.f1': 'kostnad_a,m = plan_a,m · (1 + trend + σ_a · volatilitet · ε_a,m) + chock_a,m,   ε ~ N(0, 1)',
  'about.year.f1.says':
    'Månadens kostnad per verksamhet. Planen börjar på ramen/12 och ändras av beslutade åtgärder. Alla ε dras i början av året (Box–Muller), så besluten flyttar aldrig slumptalen – samma slumptal i alla organisationer med samma verksamheter. Kostnaden blir aldrig negativ. En kostnadschock fördelas jämnt på årets återstående månader.',
  'about.year.f2': 'prognos_a = förbrukat + återstående plan · (1 + avvikelse · k/(k + 3)) + återstående känd chock',
  'about.year.f2.says': 'Månadens utfall syns 10 dagar efter månadens slut. k är antalet stängda månader; vikten gör att en enstaka månad inte tas för en trend.',
  'about.year.f3': 'saldo_h = ram_h + tilläggsanslag_h − Σ prognos_a − sparbeting_h',
  'about.year.f3.says': 'Ett underskott större än 1 % av ramen är en avvikelse. Det budgetansvariga organets (eller kommunstyrelsens) nästa sammanträde beslutar om åtgärder.',
  'about.year.f4': 'neddragning_a = min(utrymme_a, max(0, x_a − b_a/μ)),  Σ neddragning = gapet',
  'about.year.f4.says':
    'Åtgärder skär där marginalnyttan b_a/x_a är lägst ("vattenfyllnad"), med μ funnen genom bisektion. Bara den påverkbara delen av återstående plan kan skäras, och först från nästa månad.',
  'about.year.f5': 'Stuprör (en nämnd håller ramen)',
  'about.year.f5.says':
    'Nämnden kan bara agera på sitt eget nästa sammanträde och bara på sina egna kostnader. Det den inte kan täcka blir en begäran om tilläggsanslag som kommunstyrelsen bereder och fullmäktige beslutar på sina nästa sammanträden; fullmäktige beviljar. Vid sitt sista sammanträde gör en nämnd med överskott av med den angivna andelen av det.',
  'about.year.f6': 'Helhet (kommunstyrelsen håller ramarna)',
  'about.year.f6.says':
    'Kommunstyrelsens prognos är nettot över alla dess verksamheter, så överskott och underskott tar ut varandra före varje beslut. Det som återstår skärs vid nästa sammanträde; det som inte går att skära går till fullmäktige.',
  'about.year.f7': 'Skatteprognosen ändras',
  'about.year.f7.says':
    'En intäktschock blir känd första dagen i sin månad. Kommunstyrelsen sätter ett sparbeting för de ramar den själv håller; för nämndernas ramar bereder den och fullmäktige beslutar proportionella ramminskningar, som varje nämnd sedan hanterar som en avvikelse. Begäranden som fullmäktige inte hunnit besluta före 31 december beviljas inte; underskottet står kvar i resultatet.',
  'about.year.f8': 'Instängt överskott = max över månaderna av min(Σ överskott, Σ underskott)',
  'about.year.f8.says':
    'Pengar som ligger outnyttjade i ett organ medan ett annat går back, efter varje månadsbokslut. Ett organs egna verksamheter är redan nettade i dess prognos, så med ett enda budgetansvarigt organ är det alltid noll.',
  'about.year.f9': 'Förlorad nytta = Σ_a (β_a/λ) · ln(x_a / (x_a − neddragning_a))',
  'about.year.f9.says': 'Värdet i kronor av det som inte blev gjort (i första hand ungefär det neddragna beloppet). Det som sparas syns i resultatet, inte här.',
  'about.year.f10': 'Resultat = intäkter efter intäktschocker − kostnader',
  'about.year.f10.says': 'Dagar till beslut räknas från att avvikelsen upptäcktes till beslutet som täckte den; öppna avvikelser räknas till 31 december.',

  'about.matters.heading': 'Ärendenas väg',
  'about.matters.f1': 'Ankomster: Poissonprocess med angivet antal per år och slag',
  'about.matters.f1.says':
    'Ärenden inom en verksamhet (per verksamhet), ärenden över två verksamheter (till exempel ett barn som behöver både skola och IFO) och ärenden till fullmäktige.',
  'about.matters.f2': 'Beredning: 5 dagar + Exp(medel 15 dagar);  komplettering efter återremiss: 3 + Exp(10)',
  'about.matters.f2.says': 'Tjänstepersonernas tid. Exempelvärden.',
  'about.matters.f3': 'mottaget → berett → politisk beredning → beslut → (återremiss) → beslutat → återrapporterat',
  'about.matters.f3.says':
    'Varje ärende körs genom ärendemaskinen. Ett organ tar upp ärendet på sitt första sammanträde efter att det är klart, högst så många ärenden per sammanträde som scenariot anger; resten väntar. I en nämndorganisation behöver ett ärende över två verksamheter beslut i varje berörd nämnd; med utskott räcker ett.',
  'about.matters.f4': 'Ledtid: median och 90:e percentilen (Hyndman & Fan typ 7)',
  'about.matters.f4.says': 'Dagar från ankomst till sista beslut. Överlämningar räknas mellan tjänstepersoner och organ och mellan organ.',

  'about.sides.heading': 'Båda sidor av argumentet',
  'about.sides.f1': 'Förtroendeuppdrag = ordinarie + ersättarplatser i alla organ utom fullmäktige',
  'about.sides.f1.says':
    'Minsta antal personer: varje plats i ett organ som inte är fullmäktige eller utskott kräver en egen person; utskottens ledamöter väljs bland nämndens ledamöter och ersättare och kräver inga fler; fullmäktiges platser räknas för sig.',
  'about.sides.f2': 'Koncentration = andel av besluten (antal och pengar) och av platserna som ligger hos kommunstyrelsen och organen under den',
  'about.sides.f2.says': 'Besluten räknas över årets ärenden och budgetbeslut; pengarna är ramar, åtgärder och tilläggsanslag som varje organ beslutar om.',
  'about.sides.f3': 'Kommunstyrelsens arbetsbörda = ärenden per sammanträde och ärenden som fick vänta',
  'about.sides.f3.says': 'Delegerar kommunstyrelsen lite till utskotten blir den flaskhalsen.',
  'about.sides.f4': 'Arvoden = Σ_organ sammanträden · (ledamöter + ersättare · närvaroandel) · arvode per sammanträde',
  'about.sides.f4.says': 'Exempelvärden för arvode och ersättarnas närvaro om modellfilen inte anger några.',

  'about.runs.heading': 'Många körningar och robusthet',
  'about.runs.f1': 'Körning i använder fröet (scenariots frö + i) mod 2³²',
  'about.runs.f1.says':
    'Arbetet delas mellan bakgrundsarbetare efter frön; resultatet blir detsamma hur det än delas. Varje utfall visas som median med 10:e och 90:e percentilen, aldrig som ett enda tal.',
  'about.runs.f2': 'Robusthet: samma 100 frön vid varje värde (gemensamma slumptal)',
  'about.runs.f2.says':
    'En organisation räknas som bäst vid ett värde när dess median är bättre än nästas med mer än 5 % av den större medianen eller ett litet fast belopp; annars är det för jämnt för att avgöra.',
  'about.runs.f3': 'Sammanträdesdagar: jämnt utspridda över årets elva arbetsmånader, inga i juli',
  'about.runs.f3.says': 'Utskott och beredningar sammanträder tidigast i varje period, sedan nämnderna, kommunstyrelsen och sist fullmäktige.',

  'about.ledger.heading': 'Alla antaganden',
  'about.ledger.intro': 'Värdena i grundscenariot, med enhet, källa och om arbetsgruppen ser dem som överenskomna eller omstridda.',
  'about.ledger.caption': 'Scenariots antaganden',
  'about.ledger.engineCaption': 'Fler antaganden i scenariot, lika för alla organisationer',
  'about.ledger.modelCaption': 'Värden som varje modellfil anger per verksamhet och organ',
  'about.ledger.parameter': 'Antagande',
  'about.ledger.value': 'Värde i grundscenariot',
  'about.ledger.unit': 'Enhet',
  'about.ledger.source': 'Källa',
  'about.ledger.status': 'Status',
  'about.ledger.explanation': 'Förklaring',
  'about.ledger.shocksValue': '{count} i grundscenariot',
  'about.ledger.perModel': 'Per modell',

  'about.law.heading': 'Lagrum',
  'about.law.intro': 'Paragrafer som verktygets regler vilar på, var och en kontrollerad mot en offentlig text.',
  'about.law.caption': 'Kontrollerade lagrum',
  'about.law.reference': 'Lagrum',
  'about.law.says': 'Vad det säger',
  'about.law.verified': 'Kontrollerat mot',
  'about.law.codeIntro':
    'Dessutom hänvisar processmaskinerna till följande lagrum så som kommuner och SKR återger dem. De är inte kontrollerade mot lagtexten här och bär därför ingen egen regel i verktyget:',
  'about.law.codeCaption': 'Hänvisningar i koden, inte kontrollerade här',
  'about.law.where': 'Var i koden',

  'about.seeds.heading': 'Källdokumenten',
  'about.seeds.intro': 'Verktyget bygger på fem källdokument. Organisationernas siffror som inte kommer från dem är markerade som exempel.',
  'about.seeds.002': 'Protokoll från Ånges partiöverskridande arbetsgrupp om politisk organisation (2020-05-20): besöken i Norsjö, Nordmaling, Dorotea och Munkfors, påståendet att stuprören försvann ur budgetprocessen, Munkfors kommunstyrelse med 9 ledamöter och 22 ersättare och tre utskott, och Norsjös råd.',
  'about.seeds.000': 'Ånges visionsprocess, svar till oppositionen (2021-01-22): lärdomar om politiska beslut, återremiss och att avvikelser i budget ska tillbaka till politiken.',
  'about.seeds.001': 'Ånges visionsprocess, offentlig beskrivning: elva steg från medarbetare till beslut i kommunstyrelse och fullmäktige.',
  'about.seeds.003': 'KommunKompassen, SKL:s utvärdering av Vännäs (januari 2016): dragkampen mellan centrala funktioner och facknämnderna.',
  'about.seeds.004': 'Orsa 2050, visionsdagar (2019): Helsingborgs tillitsbaserade styrning, från kontroll till koll.',
  'about.sources.heading': 'Källor i modellfilerna',
  'about.sources.caption': 'Källor som modellfilerna anger',
  'about.sources.reference': 'Källa',
  'about.sources.kind': 'Slag',
  'about.sources.models': 'Används av',
  'about.sources.kind.seed': 'Källdokument',
  'about.sources.kind.public': 'Offentlig sida',
  'about.sources.kind.law': 'Lag',
  'about.sources.kind.example': 'Exempel',
  'about.scenarios.heading': 'Scenarierna',
  'about.limits.heading': 'Vad modellen inte fångar',
  'about.limits.p1':
    'Modellen räknar inte med personer, politisk kultur eller förtroende, som besluten i praktiken också hänger på. Intäkterna antas vara lika med fjolårets kostnader; ett budgetår räknas för sig; sammanträdena är jämnt utspridda. Omstridda antaganden kan vända en slutsats – därför finns robusthetsanalysen.',
} as const;

export type AboutMessageKey = keyof typeof aboutSv;

export const aboutEn: Record<AboutMessageKey, string> = {
  'about.heading': 'About the tool: assumptions, formulas and sources',
  'about.intro':
    'Kommunmodell is a decision aid, not an oracle. Every number comes from a model whose assumptions are listed here, with a source or marked as an example. Read this page before believing a number.',
  'about.takeaway':
    'Every simulated figure rests on {total} assumptions, all listed here: {contested} of them are contested and tested in the robustness analysis, and {example} are example values. {law} law paragraphs are checked against the statute.',
  'about.version': 'Version {version}. Everything is computed in your browser; nothing is sent anywhere.',
  'about.toc': 'Contents',

  'about.principles.heading': 'Principles',
  'about.principles.p1':
    'A simulated year depends only on the organisation, the scenario and the random seed. All randomness comes from one seeded random generator, so the same input gives exactly the same result in the browser, in the background workers and on the command line.',
  'about.principles.p2':
    'Three mechanisms run in turn: frame setting before the year, the budget year month by month, and the journey of matters through the bodies. The processes are state machines (XState) – the same definitions the diagrams on the Processes page show.',
  'about.principles.p3':
    "Values marked Example are not taken from the municipality's documents. Values marked Contested can be questioned; the robustness analysis on the Simulate page shows how the conclusions depend on them.",

  'about.frames.heading': 'Frame setting (the common pool)',
  'about.frames.p1':
    'The model rests on the "law of 1/n" (Weingast, Shepsle and Johnsen 1981): whoever bears only part of the tax cost of their spending asks for more than the whole would choose. The process orders follow von Hagen and Harden.',
  'about.frames.f1': 'benefit_a = β_a · ln(x_a)',
  'about.frames.f1.says': 'Service area a yields diminishing benefit from the money x_a; β_a is its priority weight, normalised so that Σβ = 1.',
  'about.frames.f2': 'R = Σ_a net cost_a;  λ = λ_scenario / R',
  'about.frames.f2.says':
    "The revenue R is taken to be the sum of the areas' net costs (last year's balanced budget). λ is calibrated so that a body holding the whole budget asks for exactly R when λ_scenario = 1.",
  'about.frames.f3': 's_a = ω · s_holder + (1 − ω) · s_preparer',
  'about.frames.f3.says': "The share of the cost borne by whoever speaks for the area: a weighting of the budget holder's and the preparing body's shares of the net cost.",
  'about.frames.f4': 'θ_a = κ + (1 − κ) · s_a   (at least 0.001)',
  'about.frames.f4.says': 'The part of the tax cost taken into account. κ = 1: everyone acts for the whole municipality.',
  'about.frames.f5': 'x_a = β_a / (θ_a · λ)',
  'about.frames.f5.says': 'The bid maximises β_a·ln(x) − θ_a·λ·x. The sum divided by R is the sum of β_a/θ_a: 1 at κ = 1, and n for n equal committees at κ = 0.',
  'about.frames.f6': 'Bottom-up: frame_a = x_a · R / Σx',
  'about.frames.f6.says':
    'Bids are negotiated down in rounds of 5 % of R, at most 4 rounds, then cut by the same share everywhere – both keep the proportions. Rounds = min(4, ⌈(Σx/R − 1) / 0.05⌉); no rounds when the bids are within a thousandth of R.',
  'about.frames.f7': 'Top-down: R_h = R · s_h;  frame_a = R_h · (β_a/θ_a) / Σ_own (β/θ)',
  'about.frames.f7.says':
    "The council first sets each holder's frame by last year's shares; within the frame the split follows β/θ. Rounds count how far the preparing bodies' claims exceed the holder's own view.",
  'about.frames.f8': 'Allocative loss = R · Σ_a p_a · ln(p_a / q_a),  p_a = β_a,  q_a = frame_a / R',
  'about.frames.f8.says':
    'Benefit lost against the best split of the same R, in kronor (R times the Kullback–Leibler divergence). Zero only when the split is the best one.',
  'about.frames.f9': 'Order "by organisation": top-down when the executive board holds ≥ 50 % of the net cost or there is only one budget holder',
  'about.frames.f9.says': "Days count from the budget directives on 1 February through the bodies' meetings to the council's decision on the budget.",

  'about.year.heading': 'The budget year (deviations and savings)',
  'about.year.f1': 'cost_a,m = plan_a,m · (1 + trend + σ_a · volatility · ε_a,m) + shock_a,m,   ε ~ N(0, 1)',
  'about.year.f1.says':
    "The month's cost per service area. The plan starts at frame/12 and changes with decided measures. All ε are drawn at the start of the year (Box–Muller), so decisions never shift the random numbers – the same random numbers in every organisation with the same service areas. A cost is never negative. A cost shock is spread evenly over the year's remaining months.",
  'about.year.f2': 'forecast_a = spent + remaining plan · (1 + deviation · k/(k + 3)) + remaining known shock',
  'about.year.f2.says': "A month's outcome shows 10 days after the month's end. k is the number of closed months; the weight keeps a single month from being taken for a trend.",
  'about.year.f3': 'balance_h = frame_h + appropriations_h − Σ forecast_a − savings target_h',
  'about.year.f3.says': "A deficit larger than 1 % of the frame is a deviation. The holder's (or the executive board's) next meeting decides on measures.",
  'about.year.f4': 'cut_a = min(room_a, max(0, x_a − b_a/μ)),  Σ cut = the gap',
  'about.year.f4.says':
    'Measures cut where the marginal benefit b_a/x_a is lowest ("water-filling"), with μ found by bisection. Only the adjustable part of the remaining plan can be cut, and only from the next month.',
  'about.year.f5': 'Silos (a committee holds the frame)',
  'about.year.f5.says':
    'The committee can act only at its own next meeting and only on its own costs. What it cannot cover becomes a request for a supplementary appropriation that the executive board prepares and the council decides at their next meetings; the council grants it. At its last meeting a committee with a surplus spends the given share of it.',
  'about.year.f6': 'Whole (the executive board holds the frames)',
  'about.year.f6.says':
    "The executive board's forecast is the net over all its areas, so surpluses and deficits offset before any decision. What remains is cut at the next meeting; what cannot be cut goes to the council.",
  'about.year.f7': 'The tax forecast changes',
  'about.year.f7.says':
    "A revenue shock is known on the first day of its month. The executive board sets a savings target for the frames it holds; for the committees' frames it prepares, and the council decides, proportional frame cuts that each committee then handles as a deviation. Requests the council has not decided by 31 December are not granted; the deficit stays in the result.",
  'about.year.f8': 'Trapped surplus = the largest over the months of min(Σ surpluses, Σ deficits)',
  'about.year.f8.says':
    "Money idle in one body while another runs a deficit, after each month's accounts. A body's own areas are already netted in its forecast, so with a single budget holder it is always zero.",
  'about.year.f9': 'Benefit lost = Σ_a (β_a/λ) · ln(x_a / (x_a − cut_a))',
  'about.year.f9.says': 'The value in kronor of what was not done (to first order about the amount cut). What is saved shows in the result, not here.',
  'about.year.f10': 'Result = revenue after revenue shocks − costs',
  'about.year.f10.says': 'Days to a decision count from detecting the deviation to the decision that covered it; open deviations count to 31 December.',

  'about.matters.heading': 'The journey of matters',
  'about.matters.f1': 'Arrivals: a Poisson process with the given number a year per kind',
  'about.matters.f1.says':
    'Matters within one service area (per area), matters across two areas (such as a child needing both school and social services) and matters for the council.',
  'about.matters.f2': 'Drafting: 5 days + Exp(mean 15 days);  rework after a referral back: 3 + Exp(10)',
  'about.matters.f2.says': "The officials' time. Example values.",
  'about.matters.f3': 'received → drafted → political preparation → decision → (referral back) → decided → reported back',
  'about.matters.f3.says':
    'Each matter runs through the matter machine. A body takes it up at its first meeting after it is ready, at most as many matters a meeting as the scenario says; the rest wait. In a committee organisation a matter across two areas needs a decision in each committee involved; with subcommittees one is enough.',
  'about.matters.f4': 'Lead time: median and 90th percentile (Hyndman & Fan type 7)',
  'about.matters.f4.says': 'Days from arrival to the last decision. Handovers count between officials and bodies and between bodies.',

  'about.sides.heading': 'Both sides of the argument',
  'about.sides.f1': 'Elected positions = ordinary + substitute seats on every body except the council',
  'about.sides.f1.says':
    "Minimum persons: each seat on a body that is not the council or a subcommittee needs its own person; subcommittee members are chosen among the committee's members and substitutes and need no more; the council's seats are counted separately.",
  'about.sides.f2': 'Concentration = the share of decisions (by count and by money) and of seats held by the executive board and the bodies under it',
  'about.sides.f2.says': "Decisions count over the year's matters and budget decisions; the money is the frames, measures and appropriations each body decides on.",
  'about.sides.f3': "The executive board's workload = matters per meeting and matters that had to wait",
  'about.sides.f3.says': 'If the executive board delegates little to its subcommittees, it becomes the bottleneck.',
  'about.sides.f4': 'Fees = Σ_bodies meetings · (members + substitutes · attendance) · fee per meeting',
  'about.sides.f4.says': "Example values for the fee and the substitutes' attendance when the model file gives none.",

  'about.runs.heading': 'Many runs and robustness',
  'about.runs.f1': "Run i uses the seed (the scenario's seed + i) mod 2³²",
  'about.runs.f1.says':
    'The work is split between background workers by seeds; the result is the same however it is split. Each output is shown as a median with the 10th and 90th percentiles, never as one number.',
  'about.runs.f2': 'Robustness: the same 100 seeds at every value (common random numbers)',
  'about.runs.f2.says':
    "An organisation counts as ahead at a value when its median beats the next one's by more than 5 % of the larger median or a small fixed amount; otherwise it is too close to call.",
  'about.runs.f3': "Meeting days: spread evenly over the year's eleven working months, none in July",
  'about.runs.f3.says': 'Subcommittees and drafting committees meet earliest in each period, then committees, the executive board and last the council.',

  'about.ledger.heading': 'Every assumption',
  'about.ledger.intro': 'The values of the baseline scenario, with unit, source and whether the working group treats them as agreed or contested.',
  'about.ledger.caption': "The scenario's assumptions",
  'about.ledger.engineCaption': 'More assumptions of the scenario, the same for every organisation',
  'about.ledger.modelCaption': 'Values every model file gives per service area and body',
  'about.ledger.parameter': 'Assumption',
  'about.ledger.value': 'Value in the baseline scenario',
  'about.ledger.unit': 'Unit',
  'about.ledger.source': 'Source',
  'about.ledger.status': 'Status',
  'about.ledger.explanation': 'Explanation',
  'about.ledger.shocksValue': '{count} in the baseline scenario',
  'about.ledger.perModel': 'Per model',

  'about.law.heading': 'Law',
  'about.law.intro': "Paragraphs the tool's rules rest on, each checked against a public text.",
  'about.law.caption': 'Checked paragraphs',
  'about.law.reference': 'Paragraph',
  'about.law.says': 'What it says',
  'about.law.verified': 'Checked against',
  'about.law.codeIntro':
    'The process machines also refer to the following paragraphs as municipalities and SKR quote them. They are not checked against the statute here and so carry no rule of their own in the tool:',
  'about.law.codeCaption': 'References in the code, not checked here',
  'about.law.where': 'Where in the code',

  'about.seeds.heading': 'The source documents',
  'about.seeds.intro': "The tool is built on five source documents. The organisations' figures that do not come from them are marked as examples.",
  'about.seeds.002': "Minutes of Ånge's cross-party working group on political organisation (2020-05-20): the visits to Norsjö, Nordmaling, Dorotea and Munkfors, the claim that the silos disappeared from the budget process, Munkfors's executive board of 9 members and 22 substitutes with three subcommittees, and Norsjö's advice.",
  'about.seeds.000': "Ånge's vision process, answers to the opposition (2021-01-22): lessons on political decisions, referral back, and that budget deviations must go back to politics.",
  'about.seeds.001': "Ånge's vision process, public description: eleven steps from staff to decisions in the executive board and the council.",
  'about.seeds.003': "KommunKompassen, SKL's evaluation of Vännäs (January 2016): the tug of war between central functions and the specialised committees.",
  'about.seeds.004': "Orsa 2050 vision days (2019): Helsingborg's trust-based steering, from control to overview.",
  'about.sources.heading': 'Sources in the model files',
  'about.sources.caption': 'Sources the model files cite',
  'about.sources.reference': 'Source',
  'about.sources.kind': 'Kind',
  'about.sources.models': 'Used by',
  'about.sources.kind.seed': 'Source document',
  'about.sources.kind.public': 'Public page',
  'about.sources.kind.law': 'Law',
  'about.sources.kind.example': 'Example',
  'about.scenarios.heading': 'The scenarios',
  'about.limits.heading': 'What the model does not capture',
  'about.limits.p1':
    'The model does not account for people, political culture or trust, which decisions in practice also depend on. Revenue is taken to equal last year\'s costs; each budget year stands alone; meetings are spread evenly. Contested assumptions can reverse a conclusion – that is why the robustness analysis exists.',
};
