#!/usr/bin/env python3
"""Extract selected Wikinews articles (CC BY 2.5) from vanatteveldt/wikinews CSVs into text pages.
Usage: extract_pages.py MIRROR_GIT_DIR  (reads data/wikinews_2019.csv, data/wikinews_2020.csv at COMMIT)"""
import csv, io, json, re, subprocess, sys
csv.field_size_limit(10**9)
REPO = 'vanatteveldt/wikinews'
COMMIT = '347254178bf343f3801aac1d03c41cc09c35decb'
SEL = [  # (csv, row index, short name)
 ('2019',6,'trump-border-emergency'),('2019',11,'gdansk-mayor-stabbed'),('2019',15,'germany-bans-mahan-air'),
 ('2019',16,'wardak-base-attack'),('2019',19,'jolo-cathedral-bombs'),('2019',20,'mokha-yemen-bomb'),
 ('2019',29,'thai-princess-nomination'),('2019',35,'states-sue-trump-emergency'),('2019',43,'london-anti-brexit-march'),
 ('2019',45,'erdogan-hagia-sophia'),('2019',64,'hong-kong-police-hq-siege'),('2019',68,'tunisia-veil-ban'),
 ('2019',69,'benin-nigeria-afcfta'),('2019',77,'puerto-rico-governor-resigns'),('2019',85,'hong-kong-protests-august'),
 ('2019',88,'g7-amazon-fires'),('2019',96,'hong-kong-bill-withdrawn'),('2019',101,'johnson-suspends-parliament'),
 ('2019',103,'trump-ousts-bolton'),('2019',106,'saudi-oil-drone-attacks'),('2019',108,'hamza-bin-laden-killed'),
 ('2019',114,'rouhani-persian-gulf'),('2019',117,'pelosi-impeachment-inquiry'),('2019',120,'khashoggi-fiancee-un'),
 ('2019',122,'house-subpoena-pompeo'),('2019',125,'hong-kong-teen-shot'),('2019',133,'trump-syria-withdrawal'),
 ('2019',137,'uk-us-diplomat-immunity'),('2019',143,'kurds-assad-deal-turkey'),('2019',151,'us-cuba-flight-restrictions'),
 ('2019',157,'iraq-airbase-missile-strike'),('2019',168,'house-impeaches-trump'),
 ('2020',1,'us-kills-soleimani'),('2020',2,'iraq-parliament-expel-us'),('2020',6,'cairo-summit-turkey-libya'),
 ('2020',8,'iran-admits-downing-jet'),('2020',11,'zelensky-rejects-resignation'),('2020',52,'philippines-abs-cbn-shutdown'),
 ('2020',62,'aden-journalist-killed'),('2020',72,'iran-warrant-trump'),('2020',77,'serbia-parliament-protest'),
 ('2020',79,'belarus-tsikhanouskaya-rally'),('2020',84,'navalny-airlifted-germany'),('2020',90,'navalny-novichok'),
 ('2020',111,'washington-pro-trump-violence'),('2020',118,'washington-stolen-election-rally'),
]
def rows(git, year):
    t = subprocess.run(['git','--git-dir',git,'show',f'{COMMIT}:data/wikinews_{year}.csv'],capture_output=True,text=True,check=True).stdout
    return list(csv.DictReader(io.StringIO(t)))
def clean(text):
    paras = [re.sub(r'[ \t\u00a0]+',' ',p).strip() for p in re.split(r'\n\s*\n', text)]
    paras = [p for p in paras if p and not p.startswith('—') and not p.startswith('██') and not (len(p) < 200 and re.search(r'\. Image: .*$', p))]
    return paras
def extract(sel, git):
    """Writes pages/NNN-name.txt and sources.json in the current folder for the (csv, row, name) selection."""
    data = {y: rows(git, y) for y in ('2019','2020')}
    meta = []
    for n,(y,i,name) in enumerate(sorted(sel, key=lambda s:(data[s[0]][s[1]]['date'], s[2])), start=1):
        r = data[y][i]
        paras = clean(r['text'])
        m0 = re.match(r'^(\w+day, \w+ \d+, \d{4})\s+(\S.*)$', paras[0], re.S)
        if m0: paras = [m0.group(1), m0.group(2)] + paras[1:]
        dateline = paras[0] if re.match(r'^\w+day, \w+ \d+, \d{4}$', paras[0]) else r['date']
        body = paras[1:] if dateline == paras[0] else paras
        body = [' '.join(p.split('\n')).strip() for p in body]
        fn = f'{n:03d}-{name}.txt'
        with open(f'pages/{fn}','w',encoding='utf-8') as f:
            f.write(dateline+'\n\n'+r['title'].strip()+'\n\n'+'\n\n'.join(body)+'\n')
        meta.append({'file':fn,'title':r['title'].strip(),'published':r['date'],'url':r['url'].replace('.org//wiki','.org/wiki'),
                     'repository':REPO,'path':f'data/wikinews_{y}.csv','row':i,'commit':COMMIT,'licence':'CC BY 2.5 (Wikinews)'})
    json.dump(meta, open('sources.json','w'), indent=1, ensure_ascii=False)
if __name__ == '__main__':
    extract(SEL, sys.argv[1])
