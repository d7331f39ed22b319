NAME        
OBJSENSE
  MAX
ROWS
 N  Obj     
 L  c0      
 L  c1      
 L  c2      
 L  c3      
 L  c4      
 L  c5      
 L  c6      
 L  c7      
 L  c8      
 L  c9      
 L  c10     
 L  c11     
 L  c12     
 L  c13     
 L  c14     
 L  c15     
 L  c16     
 L  c17     
 L  c18     
 L  c19     
 L  c20     
 L  c21     
 L  c22     
 L  c23     
 L  c24     
 L  c25     
 L  c26     
 L  c27     
 L  c28     
 L  c29     
 L  c30     
 L  c31     
 L  c32     
 L  c33     
 L  c34     
 L  c35     
 L  c36     
 L  c37     
 L  c38     
 L  c39     
 L  c40     
 L  c41     
 L  c42     
 L  c43     
 L  c44     
 L  c45     
 L  c46     
 L  c47     
 L  c48     
 L  c49     
 L  c50     
 L  c51     
 L  c52     
 L  c53     
 L  c54     
 L  c55     
 L  c56     
 L  c57     
 L  c58     
 L  c59     
 L  c60     
 L  c61     
 L  c62     
 L  c63     
 L  c64     
 L  c65     
 L  c66     
 L  c67     
 L  c68     
 L  c69     
 L  c70     
 L  c71     
 L  c72     
 L  c73     
 L  c74     
 L  c75     
 L  c76     
 L  c77     
 L  c78     
 L  c79     
 L  c80     
 L  c81     
 L  c82     
 L  c83     
 L  c84     
 L  c85     
 L  c86     
 L  c87     
 L  c88     
 L  c89     
 L  c90     
 L  c91     
 L  c92     
 L  c93     
 L  c94     
 L  c95     
 L  c96     
 L  c97     
 L  c98     
 L  c99     
 L  c100    
 L  c101    
 L  c102    
 L  c103    
 L  c104    
 L  c105    
 L  c106    
 L  c107    
 L  c108    
 L  c109    
 L  c110    
 L  c111    
 L  c112    
 L  c113    
 L  c114    
 L  c115    
 L  c116    
 L  c117    
 L  c118    
 L  c119    
 L  c120    
 L  c121    
 L  c122    
 L  c123    
 L  c124    
 L  c125    
 L  c126    
 L  c127    
 L  c128    
 L  c129    
 L  c130    
 L  c131    
 L  c132    
 L  c133    
 L  c134    
 L  c135    
 L  c136    
 L  c137    
 L  c138    
 L  c139    
 L  c140    
 L  c141    
 L  c142    
 L  c143    
 L  c144    
 L  c145    
 L  c146    
 L  c147    
 L  c148    
 L  c149    
 L  c150    
 L  c151    
 L  c152    
 L  c153    
 L  c154    
 L  c155    
 L  c156    
 L  c157    
 L  c158    
 L  c159    
 L  c160    
 L  c161    
 L  c162    
 L  c163    
 L  c164    
 L  c165    
 L  c166    
 L  c167    
 L  c168    
 L  c169    
 L  c170    
 L  c171    
 L  c172    
 L  c173    
 L  c174    
 L  c175    
 L  c176    
 L  c177    
 L  c178    
 L  c179    
 L  c180    
 L  c181    
 L  c182    
 L  c183    
 L  c184    
 L  c185    
 L  c186    
 L  c187    
 L  c188    
 L  c189    
 L  c190    
 L  c191    
 L  c192    
 L  c193    
 L  c194    
 L  c195    
 L  c196    
 L  c197    
 L  c198    
 L  c199    
 L  c200    
 L  c201    
 L  c202    
 L  c203    
 L  c204    
 L  c205    
 L  c206    
 L  c207    
 L  c208    
 L  c209    
 L  c210    
 L  c211    
 L  c212    
 L  c213    
 L  c214    
 L  c215    
 L  c216    
 L  c217    
 L  c218    
 L  c219    
 L  c220    
 L  c221    
 L  c222    
 L  c223    
 L  c224    
 L  c225    
 L  c226    
 L  c227    
 L  c228    
 L  c229    
 L  c230    
 L  c231    
 L  c232    
 L  c233    
 L  c234    
 L  c235    
 L  c236    
 L  c237    
 L  c238    
 L  c239    
 L  c240    
 L  c241    
 L  c242    
 L  c243    
 L  c244    
 L  c245    
 L  c246    
 L  c247    
 L  c248    
 L  c249    
 L  c250    
 L  c251    
 L  c252    
 L  c253    
 L  c254    
 L  c255    
 L  c256    
 L  c257    
 L  c258    
 L  c259    
 L  c260    
 L  c261    
 L  c262    
 L  c263    
 L  c264    
 L  c265    
 L  c266    
 L  c267    
 L  c268    
 L  c269    
 L  c270    
 L  c271    
 L  c272    
 L  c273    
 L  c274    
 L  c275    
 L  c276    
 L  c277    
 L  c278    
 L  c279    
 L  c280    
 L  c281    
 L  c282    
 L  c283    
 L  c284    
 L  c285    
 L  c286    
 L  c287    
 L  c288    
 L  c289    
 L  c290    
 L  c291    
 L  c292    
 L  c293    
 L  c294    
 L  c295    
 L  c296    
 L  c297    
 L  c298    
 L  c299    
 L  c300    
 L  c301    
 L  c302    
 L  c303    
 L  c304    
 L  c305    
 L  c306    
 L  c307    
 L  c308    
 L  c309    
 L  c310    
 L  c311    
 L  c312    
 L  c313    
 L  c314    
 L  c315    
 L  c316    
 L  c317    
 L  c318    
 L  c319    
 L  c320    
 L  c321    
 L  c322    
 L  c323    
 L  c324    
 L  c325    
 L  c326    
 L  c327    
 L  c328    
 L  c329    
 L  c330    
 L  c331    
 L  c332    
 L  c333    
 L  c334    
 L  c335    
 L  c336    
 L  c337    
 L  c338    
 L  c339    
 L  c340    
 L  c341    
 L  c342    
 L  c343    
 L  c344    
 L  c345    
 L  c346    
 L  c347    
 L  c348    
 L  c349    
 L  c350    
 L  c351    
 L  c352    
 L  c353    
 L  c354    
 L  c355    
 L  c356    
 L  c357    
 L  c358    
 L  c359    
 L  c360    
 L  c361    
 L  c362    
 L  c363    
 L  c364    
 L  c365    
 L  c366    
 L  c367    
 L  c368    
 L  c369    
 L  c370    
 L  c371    
 L  c372    
 L  c373    
 L  c374    
 L  c375    
 L  c376    
 L  c377    
 L  c378    
 L  c379    
 L  c380    
 L  c381    
 L  c382    
 L  c383    
 L  c384    
 L  c385    
 L  c386    
 L  c387    
 L  c388    
 L  c389    
 L  c390    
 L  c391    
 L  c392    
 L  c393    
 L  c394    
 L  c395    
 L  c396    
 L  c397    
 L  c398    
 L  c399    
 L  c400    
 L  c401    
 L  c402    
 L  c403    
 L  c404    
 L  c405    
 L  c406    
 L  c407    
 L  c408    
 L  c409    
 L  c410    
 L  c411    
 L  c412    
 L  c413    
 L  c414    
 L  c415    
 L  c416    
 L  c417    
 L  c418    
 L  c419    
 L  c420    
 L  c421    
 L  c422    
 L  c423    
 L  c424    
 L  c425    
 L  c426    
 L  c427    
 L  c428    
 L  c429    
 L  c430    
 L  c431    
 L  c432    
 L  c433    
 L  c434    
 L  c435    
 L  c436    
 L  c437    
 L  c438    
 L  c439    
 L  c440    
 L  c441    
 L  c442    
 L  c443    
 L  c444    
 L  c445    
 L  c446    
 L  c447    
 L  c448    
 L  c449    
 L  c450    
 L  c451    
 L  c452    
 L  c453    
 L  c454    
 L  c455    
 L  c456    
 L  c457    
 L  c458    
 L  c459    
 L  c460    
 L  c461    
 L  c462    
 L  c463    
 L  c464    
 L  c465    
 L  c466    
 L  c467    
 L  c468    
 L  c469    
 L  c470    
 L  c471    
 L  c472    
 L  c473    
 L  c474    
 L  c475    
 L  c476    
 L  c477    
 L  c478    
 L  c479    
 L  c480    
 L  c481    
 L  c482    
 L  c483    
 L  c484    
 L  c485    
 L  c486    
 L  c487    
 L  c488    
 L  c489    
 L  c490    
 L  c491    
 L  c492    
 L  c493    
 L  c494    
 L  c495    
 L  c496    
 L  c497    
 L  c498    
 L  c499    
 L  c500    
 L  c501    
 L  c502    
 L  c503    
 L  c504    
 L  c505    
 L  c506    
 L  c507    
 L  c508    
 L  c509    
 L  c510    
 L  c511    
 L  c512    
 L  c513    
 L  c514    
 L  c515    
 L  c516    
 L  c517    
 L  c518    
 L  c519    
 L  c520    
 L  c521    
 L  c522    
 L  c523    
 L  c524    
 L  c525    
 L  c526    
 L  c527    
 L  c528    
 L  c529    
 L  c530    
 L  c531    
 L  c532    
 L  c533    
 L  c534    
 L  c535    
 L  c536    
 L  c537    
 L  c538    
 L  c539    
 L  c540    
 L  c541    
 L  c542    
 L  c543    
 L  c544    
 L  c545    
 L  c546    
 L  c547    
 L  c548    
 L  c549    
 L  c550    
 L  c551    
 L  c552    
 L  c553    
 L  c554    
 L  c555    
 L  c556    
 L  c557    
 L  c558    
 L  c559    
 L  c560    
 L  c561    
 L  c562    
 L  c563    
 L  c564    
 L  c565    
 L  c566    
 L  c567    
 L  c568    
 L  c569    
 L  c570    
 L  c571    
 L  c572    
 L  c573    
 L  c574    
 L  c575    
 L  c576    
 L  c577    
 L  c578    
 L  c579    
 L  c580    
 L  c581    
 L  c582    
 L  c583    
 L  c584    
 L  c585    
 L  c586    
 L  c587    
 L  c588    
 L  c589    
 L  c590    
 L  c591    
 L  c592    
 L  c593    
 L  c594    
 L  c595    
 L  c596    
 L  c597    
 L  c598    
 L  c599    
 L  c600    
 L  c601    
 L  c602    
 L  c603    
 L  c604    
 L  c605    
 L  c606    
 L  c607    
 L  c608    
 L  c609    
 L  c610    
 L  c611    
 L  c612    
 L  c613    
 L  c614    
 L  c615    
 L  c616    
 L  c617    
 L  c618    
 L  c619    
 L  c620    
 L  c621    
 L  c622    
 L  c623    
 L  c624    
 L  c625    
 L  c626    
 L  c627    
 L  c628    
 L  c629    
 L  c630    
 L  c631    
 L  c632    
 L  c633    
 L  c634    
 L  c635    
 L  c636    
 L  c637    
 L  c638    
 L  c639    
 L  c640    
 L  c641    
 L  c642    
 L  c643    
 L  c644    
 L  c645    
 L  c646    
 L  c647    
 L  c648    
 L  c649    
 L  c650    
 L  c651    
 L  c652    
 L  c653    
 L  c654    
 L  c655    
 L  c656    
 L  c657    
 L  c658    
 L  c659    
 L  c660    
 L  c661    
 L  c662    
 L  c663    
 L  c664    
 L  c665    
 L  c666    
 L  c667    
 L  c668    
 L  c669    
 L  c670    
 L  c671    
 L  c672    
 L  c673    
 L  c674    
 L  c675    
 L  c676    
 L  c677    
 L  c678    
 L  c679    
 L  c680    
 L  c681    
 L  c682    
 L  c683    
 L  c684    
 L  c685    
 L  c686    
 L  c687    
 L  c688    
 L  c689    
 L  c690    
 L  c691    
 L  c692    
 L  c693    
 L  c694    
 L  c695    
 L  c696    
 L  c697    
 L  c698    
 L  c699    
 L  c700    
 L  c701    
 L  c702    
 L  c703    
 L  c704    
 L  c705    
 L  c706    
 L  c707    
 L  c708    
 L  c709    
 L  c710    
 L  c711    
 L  c712    
 L  c713    
 L  c714    
 L  c715    
 L  c716    
 L  c717    
 L  c718    
 L  c719    
 L  c720    
 L  c721    
 L  c722    
 L  c723    
 L  c724    
 L  c725    
 L  c726    
 L  c727    
 L  c728    
 L  c729    
 L  c730    
 L  c731    
 L  c732    
 L  c733    
 L  c734    
 L  c735    
 L  c736    
 L  c737    
 L  c738    
 L  c739    
 L  c740    
 L  c741    
 L  c742    
 L  c743    
 L  c744    
 L  c745    
 L  c746    
 L  c747    
 L  c748    
 L  c749    
 L  c750    
 L  c751    
 L  c752    
 L  c753    
 L  c754    
 L  c755    
 L  c756    
 L  c757    
 L  c758    
 L  c759    
 L  c760    
 L  c761    
 L  c762    
 L  c763    
 L  c764    
 L  c765    
 L  c766    
 L  c767    
 L  c768    
 L  c769    
 L  c770    
 L  c771    
 L  c772    
 L  c773    
 L  c774    
 L  c775    
 L  c776    
 L  c777    
 L  c778    
 L  c779    
 L  c780    
 L  c781    
 L  c782    
 L  c783    
 L  c784    
 L  c785    
 L  c786    
 L  c787    
 L  c788    
 L  c789    
COLUMNS
    MARK0000  'MARKER'                 'INTORG'
    x0        Obj       1
    x0        c0        1
    x0        c1        1
    x0        c2        1
    x0        c3        1
    x0        c4        1
    x0        c5        1
    x0        c6        1
    x0        c7        1
    x0        c8        1
    x0        c9        1
    x0        c10       1
    x0        c11       1
    x0        c12       1
    x0        c13       1
    x0        c14       1
    x0        c15       1
    x0        c16       1
    x0        c17       1
    x0        c18       1
    x0        c19       1
    x0        c20       1
    x0        c21       1
    x0        c22       1
    x0        c23       1
    x0        c24       1
    x0        c25       1
    x0        c26       1
    x0        c27       1
    x1        Obj       1
    x1        c0        1
    x1        c28       1
    x1        c29       1
    x1        c30       1
    x1        c31       1
    x1        c32       1
    x1        c33       1
    x1        c34       1
    x1        c35       1
    x1        c36       1
    x1        c37       1
    x1        c38       1
    x1        c39       1
    x1        c40       1
    x1        c41       1
    x1        c42       1
    x1        c43       1
    x1        c44       1
    x1        c45       1
    x1        c46       1
    x1        c47       1
    x1        c48       1
    x1        c49       1
    x1        c50       1
    x1        c51       1
    x1        c52       1
    x2        Obj       1
    x2        c1        1
    x2        c28       1
    x2        c53       1
    x2        c54       1
    x2        c55       1
    x2        c56       1
    x2        c57       1
    x2        c58       1
    x2        c59       1
    x2        c60       1
    x2        c61       1
    x2        c62       1
    x2        c63       1
    x2        c64       1
    x2        c65       1
    x2        c66       1
    x2        c67       1
    x2        c68       1
    x2        c69       1
    x2        c70       1
    x2        c71       1
    x2        c72       1
    x2        c73       1
    x3        Obj       1
    x3        c2        1
    x3        c29       1
    x3        c53       1
    x3        c74       1
    x3        c75       1
    x3        c76       1
    x3        c77       1
    x3        c78       1
    x3        c79       1
    x3        c80       1
    x3        c81       1
    x3        c82       1
    x3        c83       1
    x3        c84       1
    x3        c85       1
    x3        c86       1
    x3        c87       1
    x3        c88       1
    x3        c89       1
    x3        c90       1
    x3        c91       1
    x3        c92       1
    x3        c93       1
    x3        c94       1
    x3        c95       1
    x3        c96       1
    x3        c97       1
    x3        c98       1
    x3        c99       1
    x3        c100      1
    x4        Obj       1
    x4        c3        1
    x4        c30       1
    x4        c54       1
    x4        c74       1
    x4        c101      1
    x4        c102      1
    x4        c103      1
    x4        c104      1
    x4        c105      1
    x4        c106      1
    x4        c107      1
    x4        c108      1
    x4        c109      1
    x4        c110      1
    x4        c111      1
    x4        c112      1
    x4        c113      1
    x4        c114      1
    x4        c115      1
    x4        c116      1
    x4        c117      1
    x4        c118      1
    x4        c119      1
    x4        c120      1
    x4        c121      1
    x4        c122      1
    x4        c123      1
    x4        c124      1
    x4        c125      1
    x4        c126      1
    x4        c127      1
    x4        c128      1
    x4        c129      1
    x4        c130      1
    x4        c131      1
    x4        c132      1
    x4        c133      1
    x4        c134      1
    x4        c135      1
    x5        Obj       1
    x5        c4        1
    x5        c31       1
    x5        c75       1
    x5        c101      1
    x5        c136      1
    x5        c137      1
    x5        c138      1
    x5        c139      1
    x5        c140      1
    x5        c141      1
    x5        c142      1
    x5        c143      1
    x5        c144      1
    x5        c145      1
    x5        c146      1
    x5        c147      1
    x5        c148      1
    x5        c149      1
    x5        c150      1
    x5        c151      1
    x5        c152      1
    x5        c153      1
    x5        c154      1
    x5        c155      1
    x5        c156      1
    x5        c157      1
    x5        c158      1
    x5        c159      1
    x5        c160      1
    x5        c161      1
    x5        c162      1
    x5        c163      1
    x5        c164      1
    x5        c165      1
    x5        c166      1
    x5        c167      1
    x5        c168      1
    x5        c169      1
    x5        c170      1
    x5        c171      1
    x5        c172      1
    x5        c173      1
    x5        c174      1
    x5        c175      1
    x5        c176      1
    x5        c177      1
    x6        Obj       1
    x6        c55       1
    x6        c76       1
    x6        c102      1
    x6        c136      1
    x6        c178      1
    x6        c179      1
    x6        c180      1
    x6        c181      1
    x6        c182      1
    x6        c183      1
    x6        c184      1
    x6        c185      1
    x6        c186      1
    x6        c187      1
    x6        c188      1
    x6        c189      1
    x6        c190      1
    x6        c191      1
    x6        c192      1
    x7        Obj       1
    x7        c5        1
    x7        c32       1
    x7        c103      1
    x7        c137      1
    x7        c193      1
    x7        c194      1
    x7        c195      1
    x7        c196      1
    x7        c197      1
    x7        c198      1
    x7        c199      1
    x7        c200      1
    x7        c201      1
    x7        c202      1
    x7        c203      1
    x7        c204      1
    x7        c205      1
    x7        c206      1
    x7        c207      1
    x7        c208      1
    x8        Obj       1
    x8        c56       1
    x8        c77       1
    x8        c104      1
    x8        c178      1
    x8        c209      1
    x8        c210      1
    x8        c211      1
    x8        c212      1
    x8        c213      1
    x8        c214      1
    x8        c215      1
    x8        c216      1
    x8        c217      1
    x9        Obj       1
    x9        c6        1
    x9        c33       1
    x9        c105      1
    x9        c138      1
    x9        c218      1
    x9        c219      1
    x9        c220      1
    x9        c221      1
    x9        c222      1
    x9        c223      1
    x9        c224      1
    x9        c225      1
    x9        c226      1
    x9        c227      1
    x9        c228      1
    x9        c229      1
    x9        c230      1
    x9        c231      1
    x9        c232      1
    x9        c233      1
    x9        c234      1
    x9        c235      1
    x9        c236      1
    x10       Obj       1
    x10       c78       1
    x10       c106      1
    x10       c139      1
    x10       c218      1
    x10       c237      1
    x10       c238      1
    x10       c239      1
    x10       c240      1
    x10       c241      1
    x10       c242      1
    x10       c243      1
    x10       c244      1
    x10       c245      1
    x10       c246      1
    x10       c247      1
    x10       c248      1
    x10       c249      1
    x10       c250      1
    x10       c251      1
    x10       c252      1
    x11       Obj       1
    x11       c34       1
    x11       c79       1
    x11       c140      1
    x11       c179      1
    x11       c253      1
    x11       c254      1
    x11       c255      1
    x11       c256      1
    x11       c257      1
    x11       c258      1
    x11       c259      1
    x11       c260      1
    x12       Obj       1
    x12       c80       1
    x12       c107      1
    x12       c219      1
    x12       c237      1
    x12       c261      1
    x12       c262      1
    x12       c263      1
    x12       c264      1
    x12       c265      1
    x12       c266      1
    x12       c267      1
    x12       c268      1
    x12       c269      1
    x12       c270      1
    x13       Obj       1
    x13       c81       1
    x13       c108      1
    x13       c141      1
    x13       c253      1
    x13       c271      1
    x13       c272      1
    x13       c273      1
    x13       c274      1
    x13       c275      1
    x13       c276      1
    x13       c277      1
    x13       c278      1
    x13       c279      1
    x13       c280      1
    x13       c281      1
    x13       c282      1
    x13       c283      1
    x13       c284      1
    x13       c285      1
    x13       c286      1
    x13       c287      1
    x13       c288      1
    x13       c289      1
    x13       c290      1
    x13       c291      1
    x14       Obj       1
    x14       c35       1
    x14       c57       1
    x14       c180      1
    x14       c238      1
    x15       Obj       1
    x15       c7        1
    x15       c82       1
    x15       c239      1
    x15       c254      1
    x15       c292      1
    x15       c293      1
    x15       c294      1
    x15       c295      1
    x15       c296      1
    x15       c297      1
    x15       c298      1
    x15       c299      1
    x15       c300      1
    x15       c301      1
    x16       Obj       1
    x16       c36       1
    x16       c109      1
    x16       c142      1
    x16       c255      1
    x16       c302      1
    x16       c303      1
    x16       c304      1
    x16       c305      1
    x16       c306      1
    x16       c307      1
    x16       c308      1
    x16       c309      1
    x16       c310      1
    x16       c311      1
    x16       c312      1
    x16       c313      1
    x16       c314      1
    x16       c315      1
    x17       Obj       1
    x17       c8        1
    x17       c58       1
    x17       c83       1
    x17       c110      1
    x17       c316      1
    x17       c317      1
    x17       c318      1
    x17       c319      1
    x17       c320      1
    x17       c321      1
    x17       c322      1
    x17       c323      1
    x17       c324      1
    x17       c325      1
    x17       c326      1
    x17       c327      1
    x17       c328      1
    x17       c329      1
    x18       Obj       1
    x18       c37       1
    x18       c84       1
    x18       c181      1
    x18       c220      1
    x18       c330      1
    x18       c331      1
    x18       c332      1
    x18       c333      1
    x18       c334      1
    x18       c335      1
    x18       c336      1
    x18       c337      1
    x18       c338      1
    x18       c339      1
    x18       c340      1
    x18       c341      1
    x18       c342      1
    x18       c343      1
    x18       c344      1
    x18       c345      1
    x18       c346      1
    x19       Obj       1
    x19       c38       1
    x19       c59       1
    x19       c111      1
    x19       c316      1
    x19       c347      1
    x19       c348      1
    x19       c349      1
    x19       c350      1
    x19       c351      1
    x19       c352      1
    x19       c353      1
    x19       c354      1
    x19       c355      1
    x19       c356      1
    x19       c357      1
    x19       c358      1
    x19       c359      1
    x19       c360      1
    x19       c361      1
    x20       Obj       1
    x20       c143      1
    x20       c221      1
    x20       c317      1
    x20       c330      1
    x20       c362      1
    x20       c363      1
    x20       c364      1
    x20       c365      1
    x20       c366      1
    x20       c367      1
    x20       c368      1
    x20       c369      1
    x20       c370      1
    x20       c371      1
    x20       c372      1
    x20       c373      1
    x20       c374      1
    x21       Obj       1
    x21       c144      1
    x21       c182      1
    x21       c222      1
    x21       c362      1
    x21       c375      1
    x21       c376      1
    x21       c377      1
    x21       c378      1
    x21       c379      1
    x21       c380      1
    x21       c381      1
    x21       c382      1
    x21       c383      1
    x22       Obj       1
    x22       c145      1
    x22       c183      1
    x22       c271      1
    x22       c363      1
    x22       c384      1
    x22       c385      1
    x23       Obj       1
    x23       c146      1
    x23       c193      1
    x23       c272      1
    x23       c292      1
    x23       c386      1
    x23       c387      1
    x23       c388      1
    x23       c389      1
    x23       c390      1
    x23       c391      1
    x23       c392      1
    x23       c393      1
    x23       c394      1
    x23       c395      1
    x23       c396      1
    x23       c397      1
    x23       c398      1
    x23       c399      1
    x23       c400      1
    x23       c401      1
    x24       Obj       1
    x24       c39       1
    x24       c273      1
    x24       c364      1
    x24       c375      1
    x24       c402      1
    x24       c403      1
    x24       c404      1
    x24       c405      1
    x24       c406      1
    x24       c407      1
    x24       c408      1
    x24       c409      1
    x24       c410      1
    x24       c411      1
    x25       Obj       1
    x25       c9        1
    x25       c347      1
    x25       c386      1
    x25       c402      1
    x25       c412      1
    x25       c413      1
    x25       c414      1
    x25       c415      1
    x25       c416      1
    x25       c417      1
    x25       c418      1
    x25       c419      1
    x26       Obj       1
    x26       c60       1
    x26       c318      1
    x26       c376      1
    x26       c403      1
    x26       c420      1
    x26       c421      1
    x26       c422      1
    x26       c423      1
    x26       c424      1
    x26       c425      1
    x26       c426      1
    x26       c427      1
    x26       c428      1
    x26       c429      1
    x26       c430      1
    x26       c431      1
    x27       Obj       1
    x27       c85       1
    x27       c209      1
    x27       c348      1
    x27       c387      1
    x27       c432      1
    x27       c433      1
    x27       c434      1
    x27       c435      1
    x27       c436      1
    x28       Obj       1
    x28       c112      1
    x28       c194      1
    x28       c240      1
    x28       c404      1
    x28       c437      1
    x28       c438      1
    x28       c439      1
    x28       c440      1
    x28       c441      1
    x28       c442      1
    x28       c443      1
    x28       c444      1
    x29       Obj       1
    x29       c10       1
    x29       c274      1
    x29       c319      1
    x29       c331      1
    x29       c445      1
    x29       c446      1
    x29       c447      1
    x29       c448      1
    x29       c449      1
    x29       c450      1
    x29       c451      1
    x29       c452      1
    x30       Obj       1
    x30       c11       1
    x30       c241      1
    x30       c349      1
    x30       c420      1
    x30       c453      1
    x30       c454      1
    x30       c455      1
    x30       c456      1
    x30       c457      1
    x30       c458      1
    x30       c459      1
    x30       c460      1
    x31       Obj       1
    x31       c40       1
    x31       c147      1
    x31       c242      1
    x31       c388      1
    x31       c461      1
    x31       c462      1
    x31       c463      1
    x31       c464      1
    x31       c465      1
    x31       c466      1
    x31       c467      1
    x31       c468      1
    x31       c469      1
    x31       c470      1
    x32       Obj       1
    x32       c113      1
    x32       c261      1
    x32       c412      1
    x32       c445      1
    x32       c471      1
    x32       c472      1
    x32       c473      1
    x32       c474      1
    x32       c475      1
    x33       Obj       1
    x33       c61       1
    x33       c114      1
    x33       c148      1
    x33       c275      1
    x33       c476      1
    x33       c477      1
    x33       c478      1
    x33       c479      1
    x33       c480      1
    x33       c481      1
    x33       c482      1
    x33       c483      1
    x33       c484      1
    x33       c485      1
    x34       Obj       1
    x34       c149      1
    x34       c210      1
    x34       c276      1
    x34       c389      1
    x34       c486      1
    x34       c487      1
    x34       c488      1
    x34       c489      1
    x34       c490      1
    x34       c491      1
    x35       Obj       1
    x35       c184      1
    x35       c302      1
    x35       c405      1
    x35       c471      1
    x35       c492      1
    x35       c493      1
    x35       c494      1
    x35       c495      1
    x35       c496      1
    x35       c497      1
    x35       c498      1
    x36       Obj       1
    x36       c86       1
    x36       c277      1
    x36       c293      1
    x36       c421      1
    x36       c499      1
    x36       c500      1
    x36       c501      1
    x36       c502      1
    x37       Obj       1
    x37       c12       1
    x37       c223      1
    x37       c413      1
    x37       c461      1
    x37       c503      1
    x37       c504      1
    x37       c505      1
    x37       c506      1
    x37       c507      1
    x37       c508      1
    x37       c509      1
    x38       Obj       1
    x38       c13       1
    x38       c195      1
    x38       c224      1
    x38       c422      1
    x38       c510      1
    x38       c511      1
    x38       c512      1
    x38       c513      1
    x39       Obj       1
    x39       c41       1
    x39       c150      1
    x39       c350      1
    x39       c377      1
    x39       c514      1
    x39       c515      1
    x39       c516      1
    x39       c517      1
    x39       c518      1
    x39       c519      1
    x39       c520      1
    x39       c521      1
    x39       c522      1
    x39       c523      1
    x39       c524      1
    x39       c525      1
    x39       c526      1
    x39       c527      1
    x39       c528      1
    x39       c529      1
    x39       c530      1
    x39       c531      1
    x39       c532      1
    x39       c533      1
    x40       Obj       1
    x40       c42       1
    x40       c62       1
    x40       c453      1
    x40       c492      1
    x40       c534      1
    x40       c535      1
    x40       c536      1
    x40       c537      1
    x40       c538      1
    x40       c539      1
    x40       c540      1
    x40       c541      1
    x41       Obj       1
    x41       c211      1
    x41       c243      1
    x41       c262      1
    x41       c514      1
    x41       c542      1
    x41       c543      1
    x41       c544      1
    x41       c545      1
    x41       c546      1
    x41       c547      1
    x41       c548      1
    x41       c549      1
    x42       Obj       1
    x42       c151      1
    x42       c185      1
    x42       c423      1
    x42       c462      1
    x42       c550      1
    x42       c551      1
    x42       c552      1
    x42       c553      1
    x42       c554      1
    x42       c555      1
    x42       c556      1
    x43       Obj       1
    x43       c196      1
    x43       c278      1
    x43       c476      1
    x43       c550      1
    x43       c557      1
    x43       c558      1
    x43       c559      1
    x43       c560      1
    x43       c561      1
    x43       c562      1
    x44       Obj       1
    x44       c115      1
    x44       c186      1
    x44       c454      1
    x44       c486      1
    x44       c563      1
    x44       c564      1
    x44       c565      1
    x44       c566      1
    x44       c567      1
    x44       c568      1
    x44       c569      1
    x45       Obj       1
    x45       c390      1
    x45       c424      1
    x45       c515      1
    x45       c542      1
    x45       c570      1
    x45       c571      1
    x45       c572      1
    x46       Obj       1
    x46       c87       1
    x46       c152      1
    x46       c391      1
    x46       c493      1
    x46       c573      1
    x46       c574      1
    x46       c575      1
    x46       c576      1
    x46       c577      1
    x46       c578      1
    x46       c579      1
    x47       Obj       1
    x47       c116      1
    x47       c244      1
    x47       c425      1
    x47       c516      1
    x47       c580      1
    x47       c581      1
    x47       c582      1
    x47       c583      1
    x47       c584      1
    x48       Obj       1
    x48       c117      1
    x48       c320      1
    x48       c332      1
    x48       c351      1
    x48       c585      1
    x48       c586      1
    x49       Obj       1
    x49       c63       1
    x49       c321      1
    x49       c352      1
    x49       c580      1
    x49       c587      1
    x49       c588      1
    x49       c589      1
    x49       c590      1
    x49       c591      1
    x49       c592      1
    x49       c593      1
    x49       c594      1
    x49       c595      1
    x49       c596      1
    x50       Obj       1
    x50       c14       1
    x50       c365      1
    x50       c463      1
    x50       c581      1
    x50       c597      1
    x50       c598      1
    x51       Obj       1
    x51       c118      1
    x51       c212      1
    x51       c378      1
    x51       c414      1
    x51       c599      1
    x51       c600      1
    x51       c601      1
    x51       c602      1
    x52       Obj       1
    x52       c43       1
    x52       c322      1
    x52       c379      1
    x52       c585      1
    x52       c603      1
    x52       c604      1
    x52       c605      1
    x52       c606      1
    x53       Obj       1
    x53       c44       1
    x53       c119      1
    x53       c245      1
    x53       c464      1
    x53       c607      1
    x53       c608      1
    x53       c609      1
    x53       c610      1
    x53       c611      1
    x54       Obj       1
    x54       c64       1
    x54       c256      1
    x54       c455      1
    x54       c543      1
    x54       c612      1
    x54       c613      1
    x54       c614      1
    x55       Obj       1
    x55       c88       1
    x55       c303      1
    x55       c477      1
    x55       c573      1
    x55       c615      1
    x55       c616      1
    x55       c617      1
    x55       c618      1
    x55       c619      1
    x55       c620      1
    x56       Obj       1
    x56       c45       1
    x56       c333      1
    x56       c415      1
    x56       c551      1
    x56       c621      1
    x57       Obj       1
    x57       c120      1
    x57       c213      1
    x57       c432      1
    x57       c456      1
    x57       c622      1
    x58       Obj       1
    x58       c65       1
    x58       c304      1
    x58       c334      1
    x58       c503      1
    x58       c623      1
    x59       Obj       1
    x59       c121      1
    x59       c335      1
    x59       c392      1
    x59       c517      1
    x59       c624      1
    x59       c625      1
    x59       c626      1
    x59       c627      1
    x59       c628      1
    x59       c629      1
    x59       c630      1
    x59       c631      1
    x60       Obj       1
    x60       c122      1
    x60       c518      1
    x60       c615      1
    x60       c623      1
    x61       Obj       1
    x61       c336      1
    x61       c416      1
    x61       c437      1
    x61       c544      1
    x61       c632      1
    x61       c633      1
    x62       Obj       1
    x62       c46       1
    x62       c263      1
    x62       c557      1
    x62       c603      1
    x62       c634      1
    x63       Obj       1
    x63       c246      1
    x63       c337      1
    x63       c519      1
    x63       c634      1
    x63       c635      1
    x63       c636      1
    x63       c637      1
    x63       c638      1
    x64       Obj       1
    x64       c66       1
    x64       c305      1
    x64       c487      1
    x64       c587      1
    x64       c639      1
    x64       c640      1
    x65       Obj       1
    x65       c153      1
    x65       c247      1
    x65       c545      1
    x65       c552      1
    x65       c641      1
    x65       c642      1
    x65       c643      1
    x65       c644      1
    x65       c645      1
    x65       c646      1
    x65       c647      1
    x65       c648      1
    x66       Obj       1
    x66       c89       1
    x66       c264      1
    x66       c306      1
    x66       c393      1
    x66       c649      1
    x66       c650      1
    x67       Obj       1
    x67       c15       1
    x67       c294      1
    x67       c520      1
    x67       c588      1
    x67       c651      1
    x68       Obj       1
    x68       c123      1
    x68       c494      1
    x68       c574      1
    x68       c641      1
    x68       c652      1
    x68       c653      1
    x68       c654      1
    x68       c655      1
    x68       c656      1
    x68       c657      1
    x69       Obj       1
    x69       c323      1
    x69       c589      1
    x69       c642      1
    x69       c649      1
    x69       c658      1
    x70       Obj       1
    x70       c353      1
    x70       c380      1
    x70       c546      1
    x70       c624      1
    x70       c659      1
    x71       Obj       1
    x71       c248      1
    x71       c510      1
    x71       c558      1
    x71       c612      1
    x71       c660      1
    x71       c661      1
    x71       c662      1
    x72       Obj       1
    x72       c67       1
    x72       c90       1
    x72       c307      1
    x72       c426      1
    x72       c663      1
    x72       c664      1
    x72       c665      1
    x72       c666      1
    x72       c667      1
    x72       c668      1
    x73       Obj       1
    x73       c324      1
    x73       c338      1
    x73       c366      1
    x73       c438      1
    x73       c669      1
    x73       c670      1
    x73       c671      1
    x74       Obj       1
    x74       c91       1
    x74       c504      1
    x74       c599      1
    x74       c643      1
    x74       c672      1
    x74       c673      1
    x75       Obj       1
    x75       c47       1
    x75       c439      1
    x75       c534      1
    x75       c632      1
    x76       Obj       1
    x76       c417      1
    x76       c433      1
    x76       c600      1
    x76       c604      1
    x76       c674      1
    x76       c675      1
    x76       c676      1
    x76       c677      1
    x76       c678      1
    x77       Obj       1
    x77       c124      1
    x77       c279      1
    x77       c325      1
    x77       c674      1
    x77       c679      1
    x78       Obj       1
    x78       c125      1
    x78       c354      1
    x78       c457      1
    x78       c575      1
    x78       c680      1
    x78       c681      1
    x78       c682      1
    x78       c683      1
    x79       Obj       1
    x79       c154      1
    x79       c249      1
    x79       c559      1
    x79       c625      1
    x79       c684      1
    x80       Obj       1
    x80       c68       1
    x80       c394      1
    x80       c440      1
    x80       c644      1
    x80       c685      1
    x80       c686      1
    x81       Obj       1
    x81       c155      1
    x81       c280      1
    x81       c521      1
    x81       c547      1
    x81       c687      1
    x81       c688      1
    x82       Obj       1
    x82       c156      1
    x82       c281      1
    x82       c308      1
    x82       c669      1
    x82       c689      1
    x83       Obj       1
    x83       c16       1
    x83       c157      1
    x83       c418      1
    x83       c645      1
    x83       c690      1
    x83       c691      1
    x84       Obj       1
    x84       c17       1
    x84       c197      1
    x84       c446      1
    x84       c607      1
    x85       Obj       1
    x85       c488      1
    x85       c522      1
    x85       c563      1
    x85       c570      1
    x85       c692      1
    x85       c693      1
    x85       c694      1
    x85       c695      1
    x86       Obj       1
    x86       c69       1
    x86       c225      1
    x86       c339      1
    x86       c465      1
    x86       c696      1
    x87       Obj       1
    x87       c126      1
    x87       c478      1
    x87       c672      1
    x87       c692      1
    x87       c697      1
    x87       c698      1
    x87       c699      1
    x88       Obj       1
    x88       c127      1
    x88       c282      1
    x88       c564      1
    x88       c576      1
    x88       c700      1
    x88       c701      1
    x88       c702      1
    x88       c703      1
    x89       Obj       1
    x89       c214      1
    x89       c295      1
    x89       c633      1
    x89       c663      1
    x89       c704      1
    x89       c705      1
    x90       Obj       1
    x90       c70       1
    x90       c226      1
    x90       c406      1
    x90       c489      1
    x90       c706      1
    x91       Obj       1
    x91       c18       1
    x91       c158      1
    x91       c479      1
    x91       c696      1
    x91       c707      1
    x91       c708      1
    x91       c709      1
    x92       Obj       1
    x92       c92       1
    x92       c215      1
    x92       c340      1
    x92       c395      1
    x92       c710      1
    x92       c711      1
    x93       Obj       1
    x93       c71       1
    x93       c548      1
    x93       c590      1
    x93       c605      1
    x93       c712      1
    x94       Obj       1
    x94       c48       1
    x94       c309      1
    x94       c381      1
    x94       c441      1
    x94       c713      1
    x95       Obj       1
    x95       c159      1
    x95       c187      1
    x95       c658      1
    x95       c693      1
    x95       c714      1
    x96       Obj       1
    x96       c355      1
    x96       c407      1
    x96       c577      1
    x96       c646      1
    x97       Obj       1
    x97       c582      1
    x97       c621      1
    x97       c652      1
    x97       c687      1
    x97       c715      1
    x98       Obj       1
    x98       c93       1
    x98       c160      1
    x98       c616      1
    x98       c650      1
    x98       c716      1
    x98       c717      1
    x98       c718      1
    x99       Obj       1
    x99       c188      1
    x99       c356      1
    x99       c384      1
    x99       c697      1
    x99       c719      1
    x99       c720      1
    x99       c721      1
    x99       c722      1
    x100      Obj       1
    x100      c19       1
    x100      c94       1
    x100      c296      1
    x100      c716      1
    x101      Obj       1
    x101      c161      1
    x101      c250      1
    x101      c511      1
    x101      c659      1
    x101      c723      1
    x101      c724      1
    x101      c725      1
    x101      c726      1
    x102      Obj       1
    x102      c505      1
    x102      c608      1
    x102      c712      1
    x102      c717      1
    x102      c727      1
    x102      c728      1
    x103      Obj       1
    x103      c639      1
    x103      c664      1
    x103      c689      1
    x103      c719      1
    x103      c729      1
    x103      c730      1
    x104      Obj       1
    x104      c227      1
    x104      c341      1
    x104      c472      1
    x104      c565      1
    x104      c731      1
    x105      Obj       1
    x105      c162      1
    x105      c480      1
    x105      c523      1
    x105      c647      1
    x105      c732      1
    x105      c733      1
    x106      Obj       1
    x106      c128      1
    x106      c560      1
    x106      c591      1
    x106      c635      1
    x107      Obj       1
    x107      c396      1
    x107      c535      1
    x107      c561      1
    x107      c609      1
    x107      c734      1
    x108      Obj       1
    x108      c283      1
    x108      c434      1
    x108      c481      1
    x108      c626      1
    x108      c735      1
    x109      Obj       1
    x109      c198      1
    x109      c228      1
    x109      c613      1
    x109      c729      1
    x110      Obj       1
    x110      c458      1
    x110      c490      1
    x110      c601      1
    x110      c680      1
    x110      c736      1
    x110      c737      1
    x111      Obj       1
    x111      c163      1
    x111      c257      1
    x111      c447      1
    x111      c622      1
    x111      c738      1
    x111      c739      1
    x111      c740      1
    x112      Obj       1
    x112      c367      1
    x112      c536      1
    x112      c610      1
    x112      c685      1
    x112      c741      1
    x112      c742      1
    x113      Obj       1
    x113      c164      1
    x113      c382      1
    x113      c524      1
    x113      c720      1
    x114      Obj       1
    x114      c72       1
    x114      c199      1
    x114      c700      1
    x114      c710      1
    x115      Obj       1
    x115      c200      1
    x115      c566      1
    x115      c586      1
    x115      c665      1
    x115      c743      1
    x115      c744      1
    x115      c745      1
    x116      Obj       1
    x116      c129      1
    x116      c229      1
    x116      c491      1
    x116      c681      1
    x116      c746      1
    x117      Obj       1
    x117      c73       1
    x117      c95       1
    x117      c201      1
    x117      c525      1
    x117      c747      1
    x117      c748      1
    x118      Obj       1
    x118      c297      1
    x118      c397      1
    x118      c660      1
    x118      c686      1
    x118      c749      1
    x118      c750      1
    x119      Obj       1
    x119      c284      1
    x119      c368      1
    x119      c506      1
    x119      c553      1
    x119      c751      1
    x120      Obj       1
    x120      c369      1
    x120      c537      1
    x120      c597      1
    x120      c617      1
    x120      c752      1
    x120      c753      1
    x121      Obj       1
    x121      c357      1
    x121      c398      1
    x121      c567      1
    x121      c592      1
    x121      c754      1
    x122      Obj       1
    x122      c310      1
    x122      c399      1
    x122      c526      1
    x122      c583      1
    x122      c755      1
    x122      c756      1
    x123      Obj       1
    x123      c427      1
    x123      c554      1
    x123      c698      1
    x123      c751      1
    x123      c757      1
    x124      Obj       1
    x124      c96       1
    x124      c285      1
    x124      c714      1
    x124      c736      1
    x125      Obj       1
    x125      c20       1
    x125      c202      1
    x125      c482      1
    x125      c749      1
    x125      c758      1
    x125      c759      1
    x125      c760      1
    x126      Obj       1
    x126      c512      1
    x126      c584      1
    x126      c723      1
    x126      c746      1
    x127      Obj       1
    x127      c265      1
    x127      c614      1
    x127      c701      1
    x127      c738      1
    x127      c761      1
    x128      Obj       1
    x128      c203      1
    x128      c448      1
    x128      c507      1
    x128      c679      1
    x129      Obj       1
    x129      c21       1
    x129      c165      1
    x129      c326      1
    x129      c568      1
    x129      c762      1
    x129      c763      1
    x130      Obj       1
    x130      c358      1
    x130      c449      1
    x130      c598      1
    x130      c675      1
    x130      c764      1
    x130      c765      1
    x131      Obj       1
    x131      c495      1
    x131      c653      1
    x131      c684      1
    x131      c764      1
    x132      Obj       1
    x132      c166      1
    x132      c230      1
    x132      c286      1
    x132      c707      1
    x132      c766      1
    x132      c767      1
    x133      Obj       1
    x133      c231      1
    x133      c450      1
    x133      c527      1
    x133      c688      1
    x133      c768      1
    x134      Obj       1
    x134      c342      1
    x134      c528      1
    x134      c593      1
    x134      c724      1
    x134      c769      1
    x135      Obj       1
    x135      c167      1
    x135      c311      1
    x135      c661      1
    x135      c666      1
    x136      Obj       1
    x136      c435      1
    x136      c473      1
    x136      c578      1
    x136      c737      1
    x136      c770      1
    x137      Obj       1
    x137      c266      1
    x137      c298      1
    x137      c343      1
    x137      c627      1
    x138      Obj       1
    x138      c312      1
    x138      c579      1
    x138      c636      1
    x138      c727      1
    x139      Obj       1
    x139      c189      1
    x139      c204      1
    x139      c618      1
    x139      c739      1
    x140      Obj       1
    x140      c97       1
    x140      c168      1
    x140      c205      1
    x140      c555      1
    x141      Obj       1
    x141      c49       1
    x141      c408      1
    x141      c499      1
    x141      c711      1
    x142      Obj       1
    x142      c251      1
    x142      c258      1
    x142      c327      1
    x142      c400      1
    x143      Obj       1
    x143      c419      1
    x143      c451      1
    x143      c611      1
    x143      c755      1
    x144      Obj       1
    x144      c130      1
    x144      c594      1
    x144      c637      1
    x144      c640      1
    x145      Obj       1
    x145      c169      1
    x145      c602      1
    x145      c682      1
    x145      c708      1
    x146      Obj       1
    x146      c131      1
    x146      c370      1
    x146      c508      1
    x146      c758      1
    x147      Obj       1
    x147      c496      1
    x147      c529      1
    x147      c690      1
    x147      c750      1
    x147      c771      1
    x147      c772      1
    x148      Obj       1
    x148      c313      1
    x148      c371      1
    x148      c673      1
    x148      c747      1
    x149      Obj       1
    x149      c22       1
    x149      c648      1
    x149      c654      1
    x149      c683      1
    x149      c773      1
    x150      Obj       1
    x150      c170      1
    x150      c606      1
    x150      c651      1
    x150      c662      1
    x151      Obj       1
    x151      c23       1
    x151      c232      1
    x151      c428      1
    x151      c466      1
    x151      c774      1
    x152      Obj       1
    x152      c171      1
    x152      c429      1
    x152      c474      1
    x152      c628      1
    x153      Obj       1
    x153      c190      1
    x153      c287      1
    x153      c676      1
    x153      c694      1
    x153      c775      1
    x153      c776      1
    x154      Obj       1
    x154      c172      1
    x154      c483      1
    x154      c655      1
    x154      c702      1
    x155      Obj       1
    x155      c206      1
    x155      c409      1
    x155      c670      1
    x155      c762      1
    x156      Obj       1
    x156      c50       1
    x156      c328      1
    x156      c699      1
    x156      c770      1
    x157      Obj       1
    x157      c233      1
    x157      c288      1
    x157      c571      1
    x157      c691      1
    x157      c777      1
    x158      Obj       1
    x158      c173      1
    x158      c267      1
    x158      c513      1
    x158      c704      1
    x158      c778      1
    x159      Obj       1
    x159      c299      1
    x159      c500      1
    x159      c728      1
    x159      c754      1
    x160      Obj       1
    x160      c234      1
    x160      c372      1
    x160      c629      1
    x160      c721      1
    x160      c779      1
    x161      Obj       1
    x161      c436      1
    x161      c530      1
    x161      c556      1
    x161      c735      1
    x162      Obj       1
    x162      c98       1
    x162      c216      1
    x162      c748      1
    x162      c761      1
    x162      c780      1
    x163      Obj       1
    x163      c24       1
    x163      c359      1
    x163      c459      1
    x163      c775      1
    x164      Obj       1
    x164      c99       1
    x164      c174      1
    x164      c538      1
    x164      c722      1
    x165      Obj       1
    x165      c300      1
    x165      c360      1
    x165      c430      1
    x165      c442      1
    x166      Obj       1
    x166      c484      1
    x166      c531      1
    x166      c773      1
    x166      c776      1
    x167      Obj       1
    x167      c51       1
    x167      c100      1
    x167      c314      1
    x167      c671      1
    x167      c781      1
    x167      c782      1
    x168      Obj       1
    x168      c301      1
    x168      c401      1
    x168      c619      1
    x168      c732      1
    x169      Obj       1
    x169      c132      1
    x169      c207      1
    x169      c539      1
    x169      c703      1
    x170      Obj       1
    x170      c572      1
    x170      c709      1
    x170      c759      1
    x170      c769      1
    x171      Obj       1
    x171      c208      1
    x171      c289      1
    x171      c532      1
    x171      c757      1
    x172      Obj       1
    x172      c344      1
    x172      c501      1
    x172      c667      1
    x172      c718      1
    x172      c783      1
    x173      Obj       1
    x173      c25       1
    x173      c497      1
    x173      c752      1
    x173      c781      1
    x173      c784      1
    x174      Obj       1
    x174      c259      1
    x174      c467      1
    x174      c569      1
    x174      c705      1
    x175      Obj       1
    x175      c260      1
    x175      c620      1
    x175      c638      1
    x175      c774      1
    x176      Obj       1
    x176      c540      1
    x176      c595      1
    x176      c753      1
    x176      c763      1
    x177      Obj       1
    x177      c706      1
    x177      c771      1
    x177      c777      1
    x177      c780      1
    x177      c785      1
    x178      Obj       1
    x178      c175      1
    x178      c373      1
    x178      c656      1
    x178      c743      1
    x179      Obj       1
    x179      c235      1
    x179      c468      1
    x179      c730      1
    x179      c765      1
    x179      c786      1
    x180      Obj       1
    x180      c191      1
    x180      c475      1
    x180      c596      1
    x180      c741      1
    x181      Obj       1
    x181      c549      1
    x181      c630      1
    x181      c715      1
    x181      c784      1
    x182      Obj       1
    x182      c252      1
    x182      c498      1
    x182      c502      1
    x182      c785      1
    x183      Obj       1
    x183      c345      1
    x183      c631      1
    x183      c677      1
    x183      c742      1
    x184      Obj       1
    x184      c52       1
    x184      c268      1
    x184      c756      1
    x184      c786      1
    x184      c787      1
    x185      Obj       1
    x185      c176      1
    x185      c329      1
    x185      c346      1
    x185      c766      1
    x185      c788      1
    x186      Obj       1
    x186      c192      1
    x186      c734      1
    x186      c740      1
    x186      c767      1
    x187      Obj       1
    x187      c410      1
    x187      c562      1
    x187      c725      1
    x187      c733      1
    x188      Obj       1
    x188      c217      1
    x188      c411      1
    x188      c768      1
    x188      c787      1
    x189      Obj       1
    x189      c133      1
    x189      c374      1
    x189      c760      1
    x189      c779      1
    x190      Obj       1
    x190      c269      1
    x190      c383      1
    x190      c744      1
    x190      c778      1
    x191      Obj       1
    x191      c290      1
    x191      c452      1
    x191      c657      1
    x191      c731      1
    x192      Obj       1
    x192      c26       1
    x192      c177      1
    x192      c236      1
    x192      c668      1
    x193      Obj       1
    x193      c27       1
    x193      c315      1
    x193      c443      1
    x193      c782      1
    x194      Obj       1
    x194      c361      1
    x194      c444      1
    x194      c469      1
    x194      c783      1
    x195      Obj       1
    x195      c385      1
    x195      c460      1
    x195      c533      1
    x195      c788      1
    x195      c789      1
    x196      Obj       1
    x196      c134      1
    x196      c470      1
    x196      c695      1
    x196      c726      1
    x197      Obj       1
    x197      c291      1
    x197      c509      1
    x197      c541      1
    x197      c789      1
    x198      Obj       1
    x198      c270      1
    x198      c678      1
    x198      c713      1
    x198      c772      1
    x199      Obj       1
    x199      c135      1
    x199      c431      1
    x199      c485      1
    x199      c745      1
    MARK0001  'MARKER'                 'INTEND'
RHS
    RHS_V     c0        1
    RHS_V     c1        1
    RHS_V     c2        1
    RHS_V     c3        1
    RHS_V     c4        1
    RHS_V     c5        1
    RHS_V     c6        1
    RHS_V     c7        1
    RHS_V     c8        1
    RHS_V     c9        1
    RHS_V     c10       1
    RHS_V     c11       1
    RHS_V     c12       1
    RHS_V     c13       1
    RHS_V     c14       1
    RHS_V     c15       1
    RHS_V     c16       1
    RHS_V     c17       1
    RHS_V     c18       1
    RHS_V     c19       1
    RHS_V     c20       1
    RHS_V     c21       1
    RHS_V     c22       1
    RHS_V     c23       1
    RHS_V     c24       1
    RHS_V     c25       1
    RHS_V     c26       1
    RHS_V     c27       1
    RHS_V     c28       1
    RHS_V     c29       1
    RHS_V     c30       1
    RHS_V     c31       1
    RHS_V     c32       1
    RHS_V     c33       1
    RHS_V     c34       1
    RHS_V     c35       1
    RHS_V     c36       1
    RHS_V     c37       1
    RHS_V     c38       1
    RHS_V     c39       1
    RHS_V     c40       1
    RHS_V     c41       1
    RHS_V     c42       1
    RHS_V     c43       1
    RHS_V     c44       1
    RHS_V     c45       1
    RHS_V     c46       1
    RHS_V     c47       1
    RHS_V     c48       1
    RHS_V     c49       1
    RHS_V     c50       1
    RHS_V     c51       1
    RHS_V     c52       1
    RHS_V     c53       1
    RHS_V     c54       1
    RHS_V     c55       1
    RHS_V     c56       1
    RHS_V     c57       1
    RHS_V     c58       1
    RHS_V     c59       1
    RHS_V     c60       1
    RHS_V     c61       1
    RHS_V     c62       1
    RHS_V     c63       1
    RHS_V     c64       1
    RHS_V     c65       1
    RHS_V     c66       1
    RHS_V     c67       1
    RHS_V     c68       1
    RHS_V     c69       1
    RHS_V     c70       1
    RHS_V     c71       1
    RHS_V     c72       1
    RHS_V     c73       1
    RHS_V     c74       1
    RHS_V     c75       1
    RHS_V     c76       1
    RHS_V     c77       1
    RHS_V     c78       1
    RHS_V     c79       1
    RHS_V     c80       1
    RHS_V     c81       1
    RHS_V     c82       1
    RHS_V     c83       1
    RHS_V     c84       1
    RHS_V     c85       1
    RHS_V     c86       1
    RHS_V     c87       1
    RHS_V     c88       1
    RHS_V     c89       1
    RHS_V     c90       1
    RHS_V     c91       1
    RHS_V     c92       1
    RHS_V     c93       1
    RHS_V     c94       1
    RHS_V     c95       1
    RHS_V     c96       1
    RHS_V     c97       1
    RHS_V     c98       1
    RHS_V     c99       1
    RHS_V     c100      1
    RHS_V     c101      1
    RHS_V     c102      1
    RHS_V     c103      1
    RHS_V     c104      1
    RHS_V     c105      1
    RHS_V     c106      1
    RHS_V     c107      1
    RHS_V     c108      1
    RHS_V     c109      1
    RHS_V     c110      1
    RHS_V     c111      1
    RHS_V     c112      1
    RHS_V     c113      1
    RHS_V     c114      1
    RHS_V     c115      1
    RHS_V     c116      1
    RHS_V     c117      1
    RHS_V     c118      1
    RHS_V     c119      1
    RHS_V     c120      1
    RHS_V     c121      1
    RHS_V     c122      1
    RHS_V     c123      1
    RHS_V     c124      1
    RHS_V     c125      1
    RHS_V     c126      1
    RHS_V     c127      1
    RHS_V     c128      1
    RHS_V     c129      1
    RHS_V     c130      1
    RHS_V     c131      1
    RHS_V     c132      1
    RHS_V     c133      1
    RHS_V     c134      1
    RHS_V     c135      1
    RHS_V     c136      1
    RHS_V     c137      1
    RHS_V     c138      1
    RHS_V     c139      1
    RHS_V     c140      1
    RHS_V     c141      1
    RHS_V     c142      1
    RHS_V     c143      1
    RHS_V     c144      1
    RHS_V     c145      1
    RHS_V     c146      1
    RHS_V     c147      1
    RHS_V     c148      1
    RHS_V     c149      1
    RHS_V     c150      1
    RHS_V     c151      1
    RHS_V     c152      1
    RHS_V     c153      1
    RHS_V     c154      1
    RHS_V     c155      1
    RHS_V     c156      1
    RHS_V     c157      1
    RHS_V     c158      1
    RHS_V     c159      1
    RHS_V     c160      1
    RHS_V     c161      1
    RHS_V     c162      1
    RHS_V     c163      1
    RHS_V     c164      1
    RHS_V     c165      1
    RHS_V     c166      1
    RHS_V     c167      1
    RHS_V     c168      1
    RHS_V     c169      1
    RHS_V     c170      1
    RHS_V     c171      1
    RHS_V     c172      1
    RHS_V     c173      1
    RHS_V     c174      1
    RHS_V     c175      1
    RHS_V     c176      1
    RHS_V     c177      1
    RHS_V     c178      1
    RHS_V     c179      1
    RHS_V     c180      1
    RHS_V     c181      1
    RHS_V     c182      1
    RHS_V     c183      1
    RHS_V     c184      1
    RHS_V     c185      1
    RHS_V     c186      1
    RHS_V     c187      1
    RHS_V     c188      1
    RHS_V     c189      1
    RHS_V     c190      1
    RHS_V     c191      1
    RHS_V     c192      1
    RHS_V     c193      1
    RHS_V     c194      1
    RHS_V     c195      1
    RHS_V     c196      1
    RHS_V     c197      1
    RHS_V     c198      1
    RHS_V     c199      1
    RHS_V     c200      1
    RHS_V     c201      1
    RHS_V     c202      1
    RHS_V     c203      1
    RHS_V     c204      1
    RHS_V     c205      1
    RHS_V     c206      1
    RHS_V     c207      1
    RHS_V     c208      1
    RHS_V     c209      1
    RHS_V     c210      1
    RHS_V     c211      1
    RHS_V     c212      1
    RHS_V     c213      1
    RHS_V     c214      1
    RHS_V     c215      1
    RHS_V     c216      1
    RHS_V     c217      1
    RHS_V     c218      1
    RHS_V     c219      1
    RHS_V     c220      1
    RHS_V     c221      1
    RHS_V     c222      1
    RHS_V     c223      1
    RHS_V     c224      1
    RHS_V     c225      1
    RHS_V     c226      1
    RHS_V     c227      1
    RHS_V     c228      1
    RHS_V     c229      1
    RHS_V     c230      1
    RHS_V     c231      1
    RHS_V     c232      1
    RHS_V     c233      1
    RHS_V     c234      1
    RHS_V     c235      1
    RHS_V     c236      1
    RHS_V     c237      1
    RHS_V     c238      1
    RHS_V     c239      1
    RHS_V     c240      1
    RHS_V     c241      1
    RHS_V     c242      1
    RHS_V     c243      1
    RHS_V     c244      1
    RHS_V     c245      1
    RHS_V     c246      1
    RHS_V     c247      1
    RHS_V     c248      1
    RHS_V     c249      1
    RHS_V     c250      1
    RHS_V     c251      1
    RHS_V     c252      1
    RHS_V     c253      1
    RHS_V     c254      1
    RHS_V     c255      1
    RHS_V     c256      1
    RHS_V     c257      1
    RHS_V     c258      1
    RHS_V     c259      1
    RHS_V     c260      1
    RHS_V     c261      1
    RHS_V     c262      1
    RHS_V     c263      1
    RHS_V     c264      1
    RHS_V     c265      1
    RHS_V     c266      1
    RHS_V     c267      1
    RHS_V     c268      1
    RHS_V     c269      1
    RHS_V     c270      1
    RHS_V     c271      1
    RHS_V     c272      1
    RHS_V     c273      1
    RHS_V     c274      1
    RHS_V     c275      1
    RHS_V     c276      1
    RHS_V     c277      1
    RHS_V     c278      1
    RHS_V     c279      1
    RHS_V     c280      1
    RHS_V     c281      1
    RHS_V     c282      1
    RHS_V     c283      1
    RHS_V     c284      1
    RHS_V     c285      1
    RHS_V     c286      1
    RHS_V     c287      1
    RHS_V     c288      1
    RHS_V     c289      1
    RHS_V     c290      1
    RHS_V     c291      1
    RHS_V     c292      1
    RHS_V     c293      1
    RHS_V     c294      1
    RHS_V     c295      1
    RHS_V     c296      1
    RHS_V     c297      1
    RHS_V     c298      1
    RHS_V     c299      1
    RHS_V     c300      1
    RHS_V     c301      1
    RHS_V     c302      1
    RHS_V     c303      1
    RHS_V     c304      1
    RHS_V     c305      1
    RHS_V     c306      1
    RHS_V     c307      1
    RHS_V     c308      1
    RHS_V     c309      1
    RHS_V     c310      1
    RHS_V     c311      1
    RHS_V     c312      1
    RHS_V     c313      1
    RHS_V     c314      1
    RHS_V     c315      1
    RHS_V     c316      1
    RHS_V     c317      1
    RHS_V     c318      1
    RHS_V     c319      1
    RHS_V     c320      1
    RHS_V     c321      1
    RHS_V     c322      1
    RHS_V     c323      1
    RHS_V     c324      1
    RHS_V     c325      1
    RHS_V     c326      1
    RHS_V     c327      1
    RHS_V     c328      1
    RHS_V     c329      1
    RHS_V     c330      1
    RHS_V     c331      1
    RHS_V     c332      1
    RHS_V     c333      1
    RHS_V     c334      1
    RHS_V     c335      1
    RHS_V     c336      1
    RHS_V     c337      1
    RHS_V     c338      1
    RHS_V     c339      1
    RHS_V     c340      1
    RHS_V     c341      1
    RHS_V     c342      1
    RHS_V     c343      1
    RHS_V     c344      1
    RHS_V     c345      1
    RHS_V     c346      1
    RHS_V     c347      1
    RHS_V     c348      1
    RHS_V     c349      1
    RHS_V     c350      1
    RHS_V     c351      1
    RHS_V     c352      1
    RHS_V     c353      1
    RHS_V     c354      1
    RHS_V     c355      1
    RHS_V     c356      1
    RHS_V     c357      1
    RHS_V     c358      1
    RHS_V     c359      1
    RHS_V     c360      1
    RHS_V     c361      1
    RHS_V     c362      1
    RHS_V     c363      1
    RHS_V     c364      1
    RHS_V     c365      1
    RHS_V     c366      1
    RHS_V     c367      1
    RHS_V     c368      1
    RHS_V     c369      1
    RHS_V     c370      1
    RHS_V     c371      1
    RHS_V     c372      1
    RHS_V     c373      1
    RHS_V     c374      1
    RHS_V     c375      1
    RHS_V     c376      1
    RHS_V     c377      1
    RHS_V     c378      1
    RHS_V     c379      1
    RHS_V     c380      1
    RHS_V     c381      1
    RHS_V     c382      1
    RHS_V     c383      1
    RHS_V     c384      1
    RHS_V     c385      1
    RHS_V     c386      1
    RHS_V     c387      1
    RHS_V     c388      1
    RHS_V     c389      1
    RHS_V     c390      1
    RHS_V     c391      1
    RHS_V     c392      1
    RHS_V     c393      1
    RHS_V     c394      1
    RHS_V     c395      1
    RHS_V     c396      1
    RHS_V     c397      1
    RHS_V     c398      1
    RHS_V     c399      1
    RHS_V     c400      1
    RHS_V     c401      1
    RHS_V     c402      1
    RHS_V     c403      1
    RHS_V     c404      1
    RHS_V     c405      1
    RHS_V     c406      1
    RHS_V     c407      1
    RHS_V     c408      1
    RHS_V     c409      1
    RHS_V     c410      1
    RHS_V     c411      1
    RHS_V     c412      1
    RHS_V     c413      1
    RHS_V     c414      1
    RHS_V     c415      1
    RHS_V     c416      1
    RHS_V     c417      1
    RHS_V     c418      1
    RHS_V     c419      1
    RHS_V     c420      1
    RHS_V     c421      1
    RHS_V     c422      1
    RHS_V     c423      1
    RHS_V     c424      1
    RHS_V     c425      1
    RHS_V     c426      1
    RHS_V     c427      1
    RHS_V     c428      1
    RHS_V     c429      1
    RHS_V     c430      1
    RHS_V     c431      1
    RHS_V     c432      1
    RHS_V     c433      1
    RHS_V     c434      1
    RHS_V     c435      1
    RHS_V     c436      1
    RHS_V     c437      1
    RHS_V     c438      1
    RHS_V     c439      1
    RHS_V     c440      1
    RHS_V     c441      1
    RHS_V     c442      1
    RHS_V     c443      1
    RHS_V     c444      1
    RHS_V     c445      1
    RHS_V     c446      1
    RHS_V     c447      1
    RHS_V     c448      1
    RHS_V     c449      1
    RHS_V     c450      1
    RHS_V     c451      1
    RHS_V     c452      1
    RHS_V     c453      1
    RHS_V     c454      1
    RHS_V     c455      1
    RHS_V     c456      1
    RHS_V     c457      1
    RHS_V     c458      1
    RHS_V     c459      1
    RHS_V     c460      1
    RHS_V     c461      1
    RHS_V     c462      1
    RHS_V     c463      1
    RHS_V     c464      1
    RHS_V     c465      1
    RHS_V     c466      1
    RHS_V     c467      1
    RHS_V     c468      1
    RHS_V     c469      1
    RHS_V     c470      1
    RHS_V     c471      1
    RHS_V     c472      1
    RHS_V     c473      1
    RHS_V     c474      1
    RHS_V     c475      1
    RHS_V     c476      1
    RHS_V     c477      1
    RHS_V     c478      1
    RHS_V     c479      1
    RHS_V     c480      1
    RHS_V     c481      1
    RHS_V     c482      1
    RHS_V     c483      1
    RHS_V     c484      1
    RHS_V     c485      1
    RHS_V     c486      1
    RHS_V     c487      1
    RHS_V     c488      1
    RHS_V     c489      1
    RHS_V     c490      1
    RHS_V     c491      1
    RHS_V     c492      1
    RHS_V     c493      1
    RHS_V     c494      1
    RHS_V     c495      1
    RHS_V     c496      1
    RHS_V     c497      1
    RHS_V     c498      1
    RHS_V     c499      1
    RHS_V     c500      1
    RHS_V     c501      1
    RHS_V     c502      1
    RHS_V     c503      1
    RHS_V     c504      1
    RHS_V     c505      1
    RHS_V     c506      1
    RHS_V     c507      1
    RHS_V     c508      1
    RHS_V     c509      1
    RHS_V     c510      1
    RHS_V     c511      1
    RHS_V     c512      1
    RHS_V     c513      1
    RHS_V     c514      1
    RHS_V     c515      1
    RHS_V     c516      1
    RHS_V     c517      1
    RHS_V     c518      1
    RHS_V     c519      1
    RHS_V     c520      1
    RHS_V     c521      1
    RHS_V     c522      1
    RHS_V     c523      1
    RHS_V     c524      1
    RHS_V     c525      1
    RHS_V     c526      1
    RHS_V     c527      1
    RHS_V     c528      1
    RHS_V     c529      1
    RHS_V     c530      1
    RHS_V     c531      1
    RHS_V     c532      1
    RHS_V     c533      1
    RHS_V     c534      1
    RHS_V     c535      1
    RHS_V     c536      1
    RHS_V     c537      1
    RHS_V     c538      1
    RHS_V     c539      1
    RHS_V     c540      1
    RHS_V     c541      1
    RHS_V     c542      1
    RHS_V     c543      1
    RHS_V     c544      1
    RHS_V     c545      1
    RHS_V     c546      1
    RHS_V     c547      1
    RHS_V     c548      1
    RHS_V     c549      1
    RHS_V     c550      1
    RHS_V     c551      1
    RHS_V     c552      1
    RHS_V     c553      1
    RHS_V     c554      1
    RHS_V     c555      1
    RHS_V     c556      1
    RHS_V     c557      1
    RHS_V     c558      1
    RHS_V     c559      1
    RHS_V     c560      1
    RHS_V     c561      1
    RHS_V     c562      1
    RHS_V     c563      1
    RHS_V     c564      1
    RHS_V     c565      1
    RHS_V     c566      1
    RHS_V     c567      1
    RHS_V     c568      1
    RHS_V     c569      1
    RHS_V     c570      1
    RHS_V     c571      1
    RHS_V     c572      1
    RHS_V     c573      1
    RHS_V     c574      1
    RHS_V     c575      1
    RHS_V     c576      1
    RHS_V     c577      1
    RHS_V     c578      1
    RHS_V     c579      1
    RHS_V     c580      1
    RHS_V     c581      1
    RHS_V     c582      1
    RHS_V     c583      1
    RHS_V     c584      1
    RHS_V     c585      1
    RHS_V     c586      1
    RHS_V     c587      1
    RHS_V     c588      1
    RHS_V     c589      1
    RHS_V     c590      1
    RHS_V     c591      1
    RHS_V     c592      1
    RHS_V     c593      1
    RHS_V     c594      1
    RHS_V     c595      1
    RHS_V     c596      1
    RHS_V     c597      1
    RHS_V     c598      1
    RHS_V     c599      1
    RHS_V     c600      1
    RHS_V     c601      1
    RHS_V     c602      1
    RHS_V     c603      1
    RHS_V     c604      1
    RHS_V     c605      1
    RHS_V     c606      1
    RHS_V     c607      1
    RHS_V     c608      1
    RHS_V     c609      1
    RHS_V     c610      1
    RHS_V     c611      1
    RHS_V     c612      1
    RHS_V     c613      1
    RHS_V     c614      1
    RHS_V     c615      1
    RHS_V     c616      1
    RHS_V     c617      1
    RHS_V     c618      1
    RHS_V     c619      1
    RHS_V     c620      1
    RHS_V     c621      1
    RHS_V     c622      1
    RHS_V     c623      1
    RHS_V     c624      1
    RHS_V     c625      1
    RHS_V     c626      1
    RHS_V     c627      1
    RHS_V     c628      1
    RHS_V     c629      1
    RHS_V     c630      1
    RHS_V     c631      1
    RHS_V     c632      1
    RHS_V     c633      1
    RHS_V     c634      1
    RHS_V     c635      1
    RHS_V     c636      1
    RHS_V     c637      1
    RHS_V     c638      1
    RHS_V     c639      1
    RHS_V     c640      1
    RHS_V     c641      1
    RHS_V     c642      1
    RHS_V     c643      1
    RHS_V     c644      1
    RHS_V     c645      1
    RHS_V     c646      1
    RHS_V     c647      1
    RHS_V     c648      1
    RHS_V     c649      1
    RHS_V     c650      1
    RHS_V     c651      1
    RHS_V     c652      1
    RHS_V     c653      1
    RHS_V     c654      1
    RHS_V     c655      1
    RHS_V     c656      1
    RHS_V     c657      1
    RHS_V     c658      1
    RHS_V     c659      1
    RHS_V     c660      1
    RHS_V     c661      1
    RHS_V     c662      1
    RHS_V     c663      1
    RHS_V     c664      1
    RHS_V     c665      1
    RHS_V     c666      1
    RHS_V     c667      1
    RHS_V     c668      1
    RHS_V     c669      1
    RHS_V     c670      1
    RHS_V     c671      1
    RHS_V     c672      1
    RHS_V     c673      1
    RHS_V     c674      1
    RHS_V     c675      1
    RHS_V     c676      1
    RHS_V     c677      1
    RHS_V     c678      1
    RHS_V     c679      1
    RHS_V     c680      1
    RHS_V     c681      1
    RHS_V     c682      1
    RHS_V     c683      1
    RHS_V     c684      1
    RHS_V     c685      1
    RHS_V     c686      1
    RHS_V     c687      1
    RHS_V     c688      1
    RHS_V     c689      1
    RHS_V     c690      1
    RHS_V     c691      1
    RHS_V     c692      1
    RHS_V     c693      1
    RHS_V     c694      1
    RHS_V     c695      1
    RHS_V     c696      1
    RHS_V     c697      1
    RHS_V     c698      1
    RHS_V     c699      1
    RHS_V     c700      1
    RHS_V     c701      1
    RHS_V     c702      1
    RHS_V     c703      1
    RHS_V     c704      1
    RHS_V     c705      1
    RHS_V     c706      1
    RHS_V     c707      1
    RHS_V     c708      1
    RHS_V     c709      1
    RHS_V     c710      1
    RHS_V     c711      1
    RHS_V     c712      1
    RHS_V     c713      1
    RHS_V     c714      1
    RHS_V     c715      1
    RHS_V     c716      1
    RHS_V     c717      1
    RHS_V     c718      1
    RHS_V     c719      1
    RHS_V     c720      1
    RHS_V     c721      1
    RHS_V     c722      1
    RHS_V     c723      1
    RHS_V     c724      1
    RHS_V     c725      1
    RHS_V     c726      1
    RHS_V     c727      1
    RHS_V     c728      1
    RHS_V     c729      1
    RHS_V     c730      1
    RHS_V     c731      1
    RHS_V     c732      1
    RHS_V     c733      1
    RHS_V     c734      1
    RHS_V     c735      1
    RHS_V     c736      1
    RHS_V     c737      1
    RHS_V     c738      1
    RHS_V     c739      1
    RHS_V     c740      1
    RHS_V     c741      1
    RHS_V     c742      1
    RHS_V     c743      1
    RHS_V     c744      1
    RHS_V     c745      1
    RHS_V     c746      1
    RHS_V     c747      1
    RHS_V     c748      1
    RHS_V     c749      1
    RHS_V     c750      1
    RHS_V     c751      1
    RHS_V     c752      1
    RHS_V     c753      1
    RHS_V     c754      1
    RHS_V     c755      1
    RHS_V     c756      1
    RHS_V     c757      1
    RHS_V     c758      1
    RHS_V     c759      1
    RHS_V     c760      1
    RHS_V     c761      1
    RHS_V     c762      1
    RHS_V     c763      1
    RHS_V     c764      1
    RHS_V     c765      1
    RHS_V     c766      1
    RHS_V     c767      1
    RHS_V     c768      1
    RHS_V     c769      1
    RHS_V     c770      1
    RHS_V     c771      1
    RHS_V     c772      1
    RHS_V     c773      1
    RHS_V     c774      1
    RHS_V     c775      1
    RHS_V     c776      1
    RHS_V     c777      1
    RHS_V     c778      1
    RHS_V     c779      1
    RHS_V     c780      1
    RHS_V     c781      1
    RHS_V     c782      1
    RHS_V     c783      1
    RHS_V     c784      1
    RHS_V     c785      1
    RHS_V     c786      1
    RHS_V     c787      1
    RHS_V     c788      1
    RHS_V     c789      1
BOUNDS
 BV BOUND     x0      
 BV BOUND     x1      
 BV BOUND     x2      
 BV BOUND     x3      
 BV BOUND     x4      
 BV BOUND     x5      
 BV BOUND     x6      
 BV BOUND     x7      
 BV BOUND     x8      
 BV BOUND     x9      
 BV BOUND     x10     
 BV BOUND     x11     
 BV BOUND     x12     
 BV BOUND     x13     
 BV BOUND     x14     
 BV BOUND     x15     
 BV BOUND     x16     
 BV BOUND     x17     
 BV BOUND     x18     
 BV BOUND     x19     
 BV BOUND     x20     
 BV BOUND     x21     
 BV BOUND     x22     
 BV BOUND     x23     
 BV BOUND     x24     
 BV BOUND     x25     
 BV BOUND     x26     
 BV BOUND     x27     
 BV BOUND     x28     
 BV BOUND     x29     
 BV BOUND     x30     
 BV BOUND     x31     
 BV BOUND     x32     
 BV BOUND     x33     
 BV BOUND     x34     
 BV BOUND     x35     
 BV BOUND     x36     
 BV BOUND     x37     
 BV BOUND     x38     
 BV BOUND     x39     
 BV BOUND     x40     
 BV BOUND     x41     
 BV BOUND     x42     
 BV BOUND     x43     
 BV BOUND     x44     
 BV BOUND     x45     
 BV BOUND     x46     
 BV BOUND     x47     
 BV BOUND     x48     
 BV BOUND     x49     
 BV BOUND     x50     
 BV BOUND     x51     
 BV BOUND     x52     
 BV BOUND     x53     
 BV BOUND     x54     
 BV BOUND     x55     
 BV BOUND     x56     
 BV BOUND     x57     
 BV BOUND     x58     
 BV BOUND     x59     
 BV BOUND     x60     
 BV BOUND     x61     
 BV BOUND     x62     
 BV BOUND     x63     
 BV BOUND     x64     
 BV BOUND     x65     
 BV BOUND     x66     
 BV BOUND     x67     
 BV BOUND     x68     
 BV BOUND     x69     
 BV BOUND     x70     
 BV BOUND     x71     
 BV BOUND     x72     
 BV BOUND     x73     
 BV BOUND     x74     
 BV BOUND     x75     
 BV BOUND     x76     
 BV BOUND     x77     
 BV BOUND     x78     
 BV BOUND     x79     
 BV BOUND     x80     
 BV BOUND     x81     
 BV BOUND     x82     
 BV BOUND     x83     
 BV BOUND     x84     
 BV BOUND     x85     
 BV BOUND     x86     
 BV BOUND     x87     
 BV BOUND     x88     
 BV BOUND     x89     
 BV BOUND     x90     
 BV BOUND     x91     
 BV BOUND     x92     
 BV BOUND     x93     
 BV BOUND     x94     
 BV BOUND     x95     
 BV BOUND     x96     
 BV BOUND     x97     
 BV BOUND     x98     
 BV BOUND     x99     
 BV BOUND     x100    
 BV BOUND     x101    
 BV BOUND     x102    
 BV BOUND     x103    
 BV BOUND     x104    
 BV BOUND     x105    
 BV BOUND     x106    
 BV BOUND     x107    
 BV BOUND     x108    
 BV BOUND     x109    
 BV BOUND     x110    
 BV BOUND     x111    
 BV BOUND     x112    
 BV BOUND     x113    
 BV BOUND     x114    
 BV BOUND     x115    
 BV BOUND     x116    
 BV BOUND     x117    
 BV BOUND     x118    
 BV BOUND     x119    
 BV BOUND     x120    
 BV BOUND     x121    
 BV BOUND     x122    
 BV BOUND     x123    
 BV BOUND     x124    
 BV BOUND     x125    
 BV BOUND     x126    
 BV BOUND     x127    
 BV BOUND     x128    
 BV BOUND     x129    
 BV BOUND     x130    
 BV BOUND     x131    
 BV BOUND     x132    
 BV BOUND     x133    
 BV BOUND     x134    
 BV BOUND     x135    
 BV BOUND     x136    
 BV BOUND     x137    
 BV BOUND     x138    
 BV BOUND     x139    
 BV BOUND     x140    
 BV BOUND     x141    
 BV BOUND     x142    
 BV BOUND     x143    
 BV BOUND     x144    
 BV BOUND     x145    
 BV BOUND     x146    
 BV BOUND     x147    
 BV BOUND     x148    
 BV BOUND     x149    
 BV BOUND     x150    
 BV BOUND     x151    
 BV BOUND     x152    
 BV BOUND     x153    
 BV BOUND     x154    
 BV BOUND     x155    
 BV BOUND     x156    
 BV BOUND     x157    
 BV BOUND     x158    
 BV BOUND     x159    
 BV BOUND     x160    
 BV BOUND     x161    
 BV BOUND     x162    
 BV BOUND     x163    
 BV BOUND     x164    
 BV BOUND     x165    
 BV BOUND     x166    
 BV BOUND     x167    
 BV BOUND     x168    
 BV BOUND     x169    
 BV BOUND     x170    
 BV BOUND     x171    
 BV BOUND     x172    
 BV BOUND     x173    
 BV BOUND     x174    
 BV BOUND     x175    
 BV BOUND     x176    
 BV BOUND     x177    
 BV BOUND     x178    
 BV BOUND     x179    
 BV BOUND     x180    
 BV BOUND     x181    
 BV BOUND     x182    
 BV BOUND     x183    
 BV BOUND     x184    
 BV BOUND     x185    
 BV BOUND     x186    
 BV BOUND     x187    
 BV BOUND     x188    
 BV BOUND     x189    
 BV BOUND     x190    
 BV BOUND     x191    
 BV BOUND     x192    
 BV BOUND     x193    
 BV BOUND     x194    
 BV BOUND     x195    
 BV BOUND     x196    
 BV BOUND     x197    
 BV BOUND     x198    
 BV BOUND     x199    
ENDATA
